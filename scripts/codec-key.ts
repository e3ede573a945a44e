// `npm run --silent codec-key [-- ID]`: prints a new codec key as GONGGUAN_CODEC_KEYS takes it. To rotate,
// put it first and keep the old keys after it: new payloads are sealed with it, old ones still open.
import { newKeySpec } from '../codec/keys';

const id = process.argv[2] ?? `k-${new Date().toISOString().slice(0, 10)}`;
console.log(newKeySpec(id));
