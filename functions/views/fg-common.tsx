import { parts, type IsoDate } from '#core/calendar-date';
import type { RequestSummary } from '#core/fg-oversight';
import type { Directory } from '#core/directory';
import type { RequestType } from '#core/request-schema';
import { type RequestStatus, STAFF_STATUS_LABEL } from '#core/request-state';
import { REQUEST_TYPE_TEXT } from '#core/request-types';
import { pathTo } from '#routes';

/**
 * Shared parts of the FG's pages (dashboard and figures): Dutch labels, short
 * dates, overleg names and the period fields. Nothing here takes a name, a
 * date of birth or free text: the pages work on summaries only.
 */

/** The statuses an FG can meet (an unconfirmed request is never routed, so never theirs). */
export const FG_STATUSES = ['in_progress', 'paused', 'decided', 'closed'] as const satisfies readonly RequestStatus[];

/**
 * STATUS_LABEL speaks to the requester ("Wacht op uw antwoord"); for the FG the
 * paused request waits for the requester, so that one label is put in the third person.
 */
export const FG_STATUS_LABEL = STAFF_STATUS_LABEL;

export const typeLabel = (type: RequestType) => REQUEST_TYPE_TEXT[type].label;
export const typesText = (types: readonly RequestType[]) => types.map(typeLabel).join(', ');

export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
export const DUTCH_MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** "5 januari 2027": the tables' short date (the weekday only where the deadline stands alone). */
export function shortDutchDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${day} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

/** "2026-03" → "maart 2026". */
export function monthText(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${DUTCH_MONTHS[number - 1]} ${year}`;
}

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
  return casusoverlegId;
}

export const summaryOverleg = (directory: Directory, summary: Pick<RequestSummary, 'regionId' | 'casusoverlegId'>) =>
  overlegName(directory, summary.casusoverlegId, summary.regionId);

/** The export of one period: the handler reads `van` and `tot` the same way the figures page does. */
export function exportHref(period: { from: IsoDate; to: IsoDate }): string {
  return pathTo('fgExport', {}, { van: period.from, tot: period.to });
}

/** A date field of a GET form: type="date" gives a date picker, and without one the hint shows the format. */
export function DateField(props: { id: string; name: string; label: string; value: string | undefined; hint: string }) {
  return (
    <div class="form-group fg-field">
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <p class="utrecht-form-field-description" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <input
        class="utrecht-textbox utrecht-textbox--html-input fg-date"
        id={props.id}
        name={props.name}
        type="date"
        value={props.value ?? ''}
        aria-describedby={`${props.id}-hint`}
      />
    </div>
  );
}

/** A number cell that is "geen" for a screen reader where there is no value (no decisions, so no median). */
export function NumberCell(props: { value: number | null }) {
  return (
    <td class="fg-num">
      {props.value === null ? (
        <>
          <span aria-hidden="true">–</span>
          <span class="avg-visually-hidden">geen</span>
        </>
      ) : (
        props.value
      )}
    </td>
  );
}
