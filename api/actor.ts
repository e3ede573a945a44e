// Who is acting. Authentication and roles arrive with the staff API (issue 5); until then every request
// acts as one local administrator, named so in the audit trail rather than left blank.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../contract/project';

export const LOCAL_ADMIN: Actor = { id: 'local-admin', role: 'admin' };

export const requestActor = (_request: FastifyRequest): Actor => LOCAL_ADMIN;
