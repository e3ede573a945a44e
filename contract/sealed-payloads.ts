// Which messages came through gongguan itself. The API and the worker seal every payload they write (the
// codec in codec/ encrypts and authenticates it); the codec marks a payload whose seal it verified, and this
// converter, which runs inside workflows too, marks the value read from it. A message sent straight to
// Temporal (the Web UI's Signal and Update buttons, the CLI, any client without the keys) carries no mark,
// whatever actor it names, and handlers of projects that require seals refuse it.
import { defaultPayloadConverter, type Payload, type PayloadConverter } from '@temporalio/common';

/** Set by the codec on a payload whose seal it verified; removed from any payload that arrives with it. */
export const SEALED_METADATA_KEY = 'gongguan-sealed';

const SEALED = Symbol.for('gongguan.sealed');

class SealAwarePayloadConverter implements PayloadConverter {
  toPayload<T>(value: T): Payload {
    return defaultPayloadConverter.toPayload(value);
  }

  fromPayload<T>(payload: Payload): T {
    const value = defaultPayloadConverter.fromPayload<T>(payload);
    if (payload.metadata?.[SEALED_METADATA_KEY] && typeof value === 'object' && value !== null) {
      Object.defineProperty(value, SEALED, { value: true, enumerable: false });
    }
    return value;
  }
}

/** The payload converter of every client and worker (the workflow bundle loads it by path). */
export const payloadConverter: PayloadConverter = new SealAwarePayloadConverter();

/** Whether a message's payload carried a seal the codec verified: it came through the API or a worker. */
export const isSealed = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as Record<symbol, unknown>)[SEALED] === true;
