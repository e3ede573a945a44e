// setHandler for updates with the handler and the validator typed from the update definition alone.
import type { UpdateDefinition } from '@temporalio/common';
import { setHandler } from '@temporalio/workflow';

export function onUpdate<Ret, Args extends unknown[], Name extends string>(
  definition: UpdateDefinition<Ret, Args, Name>,
  handler: (...args: NoInfer<Args>) => Promise<NoInfer<Ret>>,
  /** Runs before the update enters history; throwing rejects it and changes nothing. */
  validator: (...args: NoInfer<Args>) => void,
): void {
  // The SDK's Handler type is a conditional type TypeScript cannot match to a generic function here.
  setHandler(
    definition as unknown as UpdateDefinition<Ret, unknown[]>,
    handler as (...args: unknown[]) => Promise<Ret>,
    {
      validator: validator as (...args: unknown[]) => void,
    },
  );
}
