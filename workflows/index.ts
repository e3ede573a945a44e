// The workflow bundle's entry point: every workflow type the worker registers.
export { projectWorkflow } from './project';
