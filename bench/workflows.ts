// The bench worker's bundle: the baseline only (the product workflows run in the real worker process).
export { baselineWorkflow } from './baseline-workflow';
