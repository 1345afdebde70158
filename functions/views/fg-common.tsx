import { UNKNOWN_OVERLEG } from '#core/request-kinds';
import { describedBy, FieldErrorMessage } from './components';
import type { IsoDate } from '#core/calendar-date';
import type { RequestSummary } from '#core/fg-oversight';
import type { Directory } from '#core/directory';
import type { RequestType } from '#core/request-schema';
import type { RequestStatus } from '#core/request-state';
import { fgTexts, termsTexts, type Texts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { useLanguage } from './render';
import { pathTo } from '#routes';

/**
 * Shared parts of the FG's pages (dashboard and figures): overleg names, the
 * period fields, number cells. Nothing here takes a name, a
 * date of birth or free text: the pages work on summaries only.
 */

/** The statuses an FG can meet (an unconfirmed request is never routed, so never theirs). */
export const FG_STATUSES = ['in_progress', 'paused', 'decided', 'closed', 'withdrawn'] as const satisfies readonly RequestStatus[];

export const typesText = (terms: Texts['terms'], types: readonly RequestType[]) => types.map((type) => terms.requestType[type].label).join(', ');

/** The name of a casusoverleg; ids are unique across regions, so the id alone finds it. */
export function overlegName(directory: Directory, casusoverlegId: string, regionId?: string): string {
  if (regionId) {
    const found = directory.casusoverleg(regionId, casusoverlegId);
    if (found) return found.name;
  }
  for (const region of directory.config.regions) {
    const found = region.casusoverleggen.find((overleg) => overleg.id === casusoverlegId);
    if (found) return found.name;
  }
  // "Ik weet het niet": the central contact point has not chosen yet.
  return casusoverlegId === UNKNOWN_OVERLEG ? termsTexts(DEFAULT_LANGUAGE).overlegToChoose : casusoverlegId;
}

export const summaryOverleg = (directory: Directory, summary: Pick<RequestSummary, 'regionId' | 'casusoverlegId'>) =>
  overlegName(directory, summary.casusoverlegId, summary.regionId);

/** The export of one period: the handler reads `van` and `tot` the same way the figures page does. */
export function exportHref(period: { from: IsoDate; to: IsoDate }): string {
  return pathTo('fgExport', {}, { van: period.from, tot: period.to });
}

/** A date field of a GET form: type="date" gives a date picker, and without one the hint shows the format. */
export function DateField(props: { id: string; name: string; label: string; value: string | undefined; hint: string; error?: string }) {
  return (
    <div class={props.error ? 'utrecht-form-field utrecht-form-field--invalid avg-form-field--invalid fg-field' : 'utrecht-form-field fg-field'}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <p class="utrecht-form-field-description" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <FieldErrorMessage field={props.id} error={props.error} />
      <input
        class={`utrecht-textbox utrecht-textbox--html-input fg-date${props.error ? ' utrecht-textbox--invalid' : ''}`}
        id={props.id}
        name={props.name}
        type="date"
        value={props.value ?? ''}
        aria-describedby={describedBy(props.id, true, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

/** A number cell that is "geen" for a screen reader where there is no value (no decisions, so no median). */
export function NumberCell(props: { value: number | null }) {
  const t = fgTexts(useLanguage());
  return (
    <td class="fg-num">
      {props.value === null ? (
        <>
          <span aria-hidden="true">–</span>
          <span class="avg-visually-hidden">{t.none}</span>
        </>
      ) : (
        props.value
      )}
    </td>
  );
}
