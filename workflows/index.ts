// The workflow bundle's entry point: every workflow type the worker registers.
export { digestWorkflow } from './digest';
export { listEntryWorkflow } from './list-entry';
export { projectWorkflow } from './project/workflow';
