import { closableCaseFiles } from '#adapters/case-store';
import * as actions from '#application/case-actions';
import { dateFromBoxes } from '#views/request-form-fields';
import { AskForm, AssignForm, DecisionForm, ExtendForm, IdentityForm, RecordAnswerForm } from '#views/case-forms';
import { renderDecisionPreviewPage } from '#views/decision-preview-page';
import { caseActionHandler } from './http/case-action';

/**
 * POST /portaal/verzoeken/{reference}/verlengen, …/vraag, …/besluit and
 * …/sluiten, …/identiteit, …/vraag/antwoord, …/per-post: the coordinator's steps
 * (extend the term, ask the requester, record the identity check, send the one
 * decision, close; for a requester by post, record their answer and the posting). A function of its own, so neither it nor the
 * parties' answers carry the other's rules.
 */
export const handler = caseActionHandler(
  closableCaseFiles,
  {
    assignOverleg: (deps, actor, reference, form, version) => actions.assignOverleg(deps, actor, reference, form.get('choice') ?? '', version),
    extend: (deps, actor, reference, form, version) =>
      actions.extendTerm(deps, actor, reference, { months: Number(form.get('months')), reason: form.get('reason') ?? '' }, version),
    ask: (deps, actor, reference, form, version) => actions.askClarification(deps, actor, reference, form.get('question') ?? '', version),
    recordAnswer: (deps, actor, reference, form, version) => actions.recordRequesterAnswer(deps, actor, reference, form.get('answer') ?? '', version),
    recordSentByPost: (deps, actor, reference, _form, version) => actions.recordSentByPost(deps, actor, reference, version),
    decide: (deps, actor, reference, form, version) => actions.sendDecision(deps, actor, reference, form, version),
    previewDecision: (deps, actor, reference, form, version) => actions.previewDecision(deps, actor, reference, form, version),
    close: (deps, actor, reference, _form, version) => actions.closeCase(deps, actor, reference, version),
    recordIdentity: (deps, actor, reference, form, version) =>
      actions.recordIdentity(
        deps,
        actor,
        reference,
        {
          method: form.get('method') ?? undefined,
          checkedOn: dateFromBoxes(form.get('checkedDay') ?? '', form.get('checkedMonth') ?? '', form.get('checkedYear') ?? ''),
        },
        version,
      ),
  },
  { overleg: AssignForm, verlengen: ExtendForm, vraag: AskForm, 'vraag-antwoord': RecordAnswerForm, besluit: DecisionForm, identiteit: IdentityForm },
  renderDecisionPreviewPage,
);
