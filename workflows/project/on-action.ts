// A staff action is an update: its validator refuses a wrong stage, role or rule before anything enters
// history, and its handler answers with the status it left and the steps it recorded.
import type { UpdateDefinition } from '@temporalio/common';
import type { ActionResult } from '../../contract/project-workflow';
import { unsealedMessage } from '../failures';
import { onUpdate } from '../updates';
import type { ProjectRun } from './run';

/**
 * The handler ends with `answer()`. Wrapping it in another async function instead would add a microtask
 * before the update completes, and reorder that completion against the commands of stored histories.
 */
export function onAction<Request, Name extends string>(
  run: ProjectRun,
  definition: UpdateDefinition<ActionResult, [Request], Name>,
  handler: (request: NoInfer<Request>, answer: () => ActionResult) => Promise<ActionResult>,
  validator: (request: NoInfer<Request>) => void,
): void {
  onUpdate(
    definition,
    (request) => {
      const since = run.state.seq;
      return handler(request, () => run.actionResult(since));
    },
    (request) => {
      if (!run.accepts(request)) throw unsealedMessage(definition.name);
      validator(request);
    },
  );
}
