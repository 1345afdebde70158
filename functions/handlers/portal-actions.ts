import { pageCaseFiles } from '#adapters/case-store';
import * as actions from '#application/case-actions';
import { AnswerForm } from '#views/case-forms';
import { caseActionHandler } from './http/case-action';

/**
 * POST /portaal/verzoeken/{reference}/antwoord and …/art19: a party's answer
 * for its own part, and its confirmation that it applied another party's
 * change (art. 19 AVG). The coordinator's steps are portal-coordination.ts.
 */
export const handler = caseActionHandler(
  pageCaseFiles,
  {
    answer: (deps, actor, reference, form, version) => actions.answerForParty(deps, actor, reference, form, version),
    takeTask: (deps, actor, reference, _form, version) => actions.takeTask(deps, actor, reference, version),
    applyArt19: (deps, actor, reference, form) => actions.confirmArt19Applied(deps, actor, reference, form.get('fromPartyId') ?? ''),
    addNote: (deps, actor, reference, form) =>
      actions.leaveNote(deps, actor, reference, { text: form.get('text') ?? '', withPartyId: form.get('withPartyId') ?? '' }),
  },
  { antwoord: AnswerForm },
);
