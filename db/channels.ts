// PostgreSQL NOTIFY channels shared by the worker (which notifies) and the API (which listens).

/** Payload `<project code>:<version>`, sent in the transaction that moves a project's read model. */
export const PROJECT_CHANGED_CHANNEL = 'project_changed';
