import { beheerTexts } from '#texts/catalogue';
import { pathTo } from '#routes';
import type { FieldError } from '#core/field-errors';
import type { Person } from '#core/people';
import { personChanges, type RegionOverview } from '#core/region-admin';
import type { Region } from '#core/region-config';
import type { RegionVersion } from '#adapters/region-store';
import { Choice, ColumnHeads, ErrorSummary, FieldsetGroup, formErrors, SubmitButton, TextField } from './components';
import { PortalLayout, type PortalChrome } from './portal-layout';
import { renderPage, useLanguage } from './render';

const when = (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

/** Who made a change, as the beheer pages name them: a person of the region by name, the seed as "installatie". */
function byWhom(by: string, people: readonly Person[]): string {
  const t = beheerTexts('nl').home;
  if (by === 'seed') return t.seed;
  return people.find((person) => person.personId === by)?.name ?? by;
}

/** The beheer home: the parties with where their mail goes, the overleggen, and the versions. */
export function renderBeheerHome(props: {
  chrome: PortalChrome;
  overview: RegionOverview;
  versions: RegionVersion[];
  people: Person[];
  notice?: string;
}): string {
  return renderPage(<BeheerHome {...props} />);
}

function BeheerHome(props: { chrome: PortalChrome; overview: RegionOverview; versions: RegionVersion[]; people: Person[]; notice?: string }) {
  const t = beheerTexts(useLanguage()).home;
  const types = beheerTexts(useLanguage()).party.types;
  const { region, version, parties, overleggen } = props.overview;
  const current = props.versions.find((candidate) => candidate.version === version);
  return (
    <PortalLayout title={t.title(region.name)} chrome={props.chrome} notice={props.notice}>
      <h1 class="utrecht-heading-1">{t.title(region.name)}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      {current && <p class="utrecht-paragraph">{t.version(version, when(current.changedAt))}</p>}
      <h2 class="utrecht-heading-2">{t.parties}</h2>
      <div class="avg-table-scroll">
        <table class="utrecht-table avg-table-stack">
          <ColumnHeads labels={[t.headers.name, t.headers.type, t.headers.mail, t.headers.people]} />
          <tbody class="utrecht-table__body">
            {parties.map(({ party, mailTo, people }) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" data-label={t.headers.name}>
                  <a href={pathTo('beheerParty', { party: party.id })}>{party.name}</a>
                </th>
                <td class="utrecht-table__cell" data-label={t.headers.type}>
                  {types[party.type]}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.mail}>
                  {mailTo.length === 0 ? <strong>{t.noMail}</strong> : party.contact ? t.sharedMailbox(party.contact) : t.contactPeople}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.people}>
                  {t.people(people)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--secondary-action" href={pathTo('beheerParty', { party: 'nieuw' })}>
          {t.addParty}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t.overleggen}</h2>
      <ul class="utrecht-unordered-list">
        {overleggen.map(({ overleg, partyNames }) => (
          <li class="utrecht-unordered-list__item">
            <a href={pathTo('beheerOverleg', { overleg: overleg.id })}>{overleg.name}</a>: {partyNames.join(', ')}
          </li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{t.versions}</h2>
      <div class="avg-table-scroll">
        <table class="utrecht-table avg-table-stack">
          <ColumnHeads labels={[t.headers.version, t.headers.when, t.headers.who, t.headers.what]} />
          <tbody class="utrecht-table__body">
            {props.versions.map((entry) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" data-label={t.headers.version}>
                  <a href={pathTo('beheerVersion', { version: String(entry.version) })}>{entry.version}</a>
                </th>
                <td class="utrecht-table__cell" data-label={t.headers.when}>
                  {when(entry.changedAt)}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.who}>
                  {byWhom(entry.changedBy, props.people)}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.what}>
                  {entry.changes.slice(0, 3).join('; ')}
                  {entry.changes.length > 3 ? ' …' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PortalLayout>
  );
}

/** Check before saving (GOV.UK's check answers): the diff, the same fields again as hidden inputs, and save or go back. */
export function renderBeheerPreview(props: { chrome: PortalChrome; changes: string[]; fields: Array<[string, string]>; back: string }): string {
  return renderPage(<BeheerPreview {...props} />);
}

function BeheerPreview(props: { chrome: PortalChrome; changes: string[]; fields: Array<[string, string]>; back: string }) {
  const t = beheerTexts(useLanguage()).preview;
  return (
    <PortalLayout title={t.title} chrome={props.chrome}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      {props.changes.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{t.intro}</p>
          <ul class="utrecht-unordered-list">
            {props.changes.map((line) => (
              <li class="utrecht-unordered-list__item">{line}</li>
            ))}
          </ul>
          <form method="post" action={pathTo('beheerSave')}>
            <input type="hidden" name="csrf" value={props.chrome.csrf} />
            {props.fields.map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <SubmitButton>{t.save}</SubmitButton>
          </form>
        </>
      )}
      <p class="utrecht-paragraph">
        <a href={props.back}>{t.back}</a>
      </p>
    </PortalLayout>
  );
}

/** One version: what changed then, and what restoring it would change now. */
export function renderBeheerVersion(props: {
  chrome: PortalChrome;
  version: RegionVersion;
  currentVersion: number;
  againstCurrent: string[];
  people: Person[];
}): string {
  return renderPage(<BeheerVersion {...props} />);
}

function BeheerVersion(props: { chrome: PortalChrome; version: RegionVersion; currentVersion: number; againstCurrent: string[]; people: Person[] }) {
  const t = beheerTexts(useLanguage()).version;
  const { version } = props;
  const isCurrent = version.version === props.currentVersion;
  return (
    <PortalLayout title={t.title(version.version)} chrome={props.chrome}>
      <h1 class="utrecht-heading-1">{t.title(version.version)}</h1>
      <p class="utrecht-paragraph">{t.meta(when(version.changedAt), byWhom(version.changedBy, props.people))}</p>
      <h2 class="utrecht-heading-2">{t.changes}</h2>
      <ul class="utrecht-unordered-list">
        {version.changes.map((line) => (
          <li class="utrecht-unordered-list__item">{line}</li>
        ))}
      </ul>
      {isCurrent ? (
        <p class="utrecht-paragraph">{t.isCurrent}</p>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{t.againstCurrent}</h2>
          <ul class="utrecht-unordered-list">
            {props.againstCurrent.map((line) => (
              <li class="utrecht-unordered-list__item">{line}</li>
            ))}
          </ul>
          <form method="post" action={pathTo('beheerRestore', { version: String(version.version) })}>
            <input type="hidden" name="csrf" value={props.chrome.csrf} />
            <input type="hidden" name="versie" value={String(props.currentVersion)} />
            <SubmitButton>{t.restore}</SubmitButton>
          </form>
        </>
      )}
    </PortalLayout>
  );
}

export interface InviteValues {
  name: string;
  email: string;
  party: string;
  role: string;
}

/** The region's people: who they are, their status and last sign-in, a button to disable or enable, and the invitation form. */
export function renderBeheerPeople(props: {
  chrome: PortalChrome;
  region: Region;
  people: Person[];
  values: InviteValues;
  errors: FieldError[];
  invited?: { name: string; temporaryPassword: string };
  notice?: string;
}): string {
  return renderPage(<BeheerPeople {...props} />);
}

function BeheerPeople(props: {
  chrome: PortalChrome;
  region: Region;
  people: Person[];
  values: InviteValues;
  errors: FieldError[];
  invited?: { name: string; temporaryPassword: string };
  notice?: string;
}) {
  const t = beheerTexts(useLanguage()).people;
  const partyName = (id: string | undefined) => props.region.parties.find((party) => party.id === id)?.name ?? '';
  const { byField, summary } = formErrors(props.errors, (path) => path, ['name', 'email', 'party', 'role']);
  return (
    <PortalLayout title={t.title} chrome={props.chrome} hasErrors={summary.length > 0} notice={props.notice}>
      <ErrorSummary errors={summary} />
      {props.invited && (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <div class="utrecht-alert__content">
            <h2 class="utrecht-heading-2">{t.invited.title}</h2>
            <p class="utrecht-paragraph">{t.invited.text(props.invited.name)}</p>
            <p class="utrecht-paragraph">
              {t.invited.password}: <strong class="avg-reference">{props.invited.temporaryPassword}</strong>
            </p>
            <p class="utrecht-paragraph">{t.invited.after}</p>
          </div>
        </div>
      )}
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <div class="avg-table-scroll">
        <table class="utrecht-table avg-table-stack">
          <ColumnHeads labels={(['name', 'organisation', 'role', 'status', 'lastSignIn', 'action'] as const).map((header) => t.headers[header])} />
          <tbody class="utrecht-table__body">
            {props.people.map((person) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" data-label={t.headers.name}>
                  {person.name}
                </th>
                <td class="utrecht-table__cell" data-label={t.headers.organisation}>
                  {partyName(person.partyId)}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.role}>
                  {t.roles[person.role]}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.status}>
                  {t.status[person.status]}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.lastSignIn}>
                  {person.lastSignInAt ? when(person.lastSignInAt) : t.never}
                </td>
                <td class="utrecht-table__cell" data-label={t.headers.action}>
                  {personChanges(person).map((change) => (
                    <form method="post" action={pathTo('beheerPersonStatus', { person: person.personId })} class="avg-inline-form">
                      <input type="hidden" name="csrf" value={props.chrome.csrf} />
                      <input type="hidden" name="status" value={change} />
                      <SubmitButton secondary>{t.change[change](person.name)}</SubmitButton>
                    </form>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2" id="uitnodigen">
        {t.invite}
      </h2>
      <form method="post" action={pathTo('beheerInvite')} novalidate>
        <input type="hidden" name="csrf" value={props.chrome.csrf} />
        <TextField name="name" label={t.name} value={props.values.name} error={byField.get('name')} autocomplete="off" />
        <TextField name="email" label={t.email} type="email" value={props.values.email} error={byField.get('email')} autocomplete="off" spellcheck={false} />
        <FieldsetGroup field="party" legend={t.party} error={byField.get('party')}>
          {props.region.parties.map((party, n) => (
            <Choice
              type="radio"
              id={n === 0 ? 'party' : `party-${party.id}`}
              name="party"
              value={party.id}
              checked={props.values.party === party.id}
              label={party.name}
            />
          ))}
        </FieldsetGroup>
        <FieldsetGroup field="role" legend={t.role} error={byField.get('role')}>
          <Choice type="radio" id="role" name="role" value="contact" checked={props.values.role === 'contact'} label={t.roles.contact} />
          <Choice type="radio" id="role-fg" name="role" value="fg" checked={props.values.role === 'fg'} label={t.roles.fg} />
        </FieldsetGroup>
        <SubmitButton>{t.inviteButton}</SubmitButton>
      </form>
    </PortalLayout>
  );
}
