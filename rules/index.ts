// The policy rules as plain functions of data. Imports nothing from Node, Temporal or Fastify,
// so the API, workflow update validators and unit tests all run this same code.
export * from './application-window';
export * from './call-list';
export * from './commitments';
export * from './dates';
export * from './demonstration';
export * from './domain';
export * from './eligibility';
export * from './expert-draw';
export * from './funding';
export * from './horse-race';
export * from './kpis';
export * from './ledger';
export * from './money';
export * from './policy-version';
export * from './post-evaluation';
export * from './publicity';
export * from './recommendation';
export * from './review';
export * from './scalars';
export * from './sanctions';
export * from './spot-checks';
export * from './violation';
