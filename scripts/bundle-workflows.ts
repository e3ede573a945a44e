// `npm run build`: proves the workflow code bundles (the determinism sandbox rejects Node imports here).
import { bundleWorkflows } from '../worker/create-worker';

const bundle = await bundleWorkflows();
console.log(`Workflow bundle OK (${Math.round(bundle.code.length / 1024)} KiB)`);
