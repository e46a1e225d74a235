"""A small thread-safe LRU cache: answers and query embeddings for repeated questions."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable


class LRU:
    """At most `size` entries, least recently used dropped first; size 0 keeps nothing."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def put(self, key: Hashable, value: object) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def get_or_compute(self, key: Hashable, compute: Callable[[], object]):
        found = self.get(key)
        if found is None:
            found = compute()
            self.put(key, found)
        return found
