-- Upload jobs, so a job accepted by one replica (or worker) can be followed on any other.
CREATE TABLE jobs (
    id          text PRIMARY KEY,
    data        jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
