import { beheerTexts } from '#texts/catalogue';
import { pathTo } from '#routes';
import type { FieldError } from '#core/field-errors';
import { PARTY_TYPES } from '#core/party-types';
import type { Casusoverleg, Party, Region } from '#core/region-config';
import { regionLogoFile } from '#core/region-files';
import {
  Choice,
  describedBy,
  ErrorSummary,
  FieldErrorMessage,
  FieldsetGroup,
  formErrors,
  FormGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from './components';
import { PortalLayout, type PortalChrome } from './portal-layout';
import { renderPage, useLanguage } from './render';

/** What a form shows: what was posted (after an error), else the current setting. */
export interface FormValues {
  get(name: string): string;
  getAll(name: string): string[];
}

/** A form's values from a region's current settings, for the first showing. */
export function valuesOf(settings: Record<string, string | string[] | undefined>): FormValues {
  return {
    get: (name) => {
      const value = settings[name];
      return typeof value === 'string' ? value : '';
    },
    getAll: (name) => {
      const value = settings[name];
      return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    },
  };
}

interface FormPageProps {
  chrome: PortalChrome;
  region: Region;
  version: number;
  values: FormValues;
  errors: FieldError[];
}

/** The hidden fields every beheer change carries: what it is, of what, and the version it was made against. */
function ChangeFields(props: { csrf: string; kind: string; subject?: string; version: number }) {
  return (
    <>
      <input type="hidden" name="csrf" value={props.csrf} />
      <input type="hidden" name="wijziging" value={props.kind} />
      {props.subject !== undefined && <input type="hidden" name="onderwerp" value={props.subject} />}
      <input type="hidden" name="versie" value={String(props.version)} />
    </>
  );
}

export function renderPartyForm(props: FormPageProps & { party: Party | undefined }): string {
  return renderPage(<PartyForm {...props} />);
}

function PartyForm(props: FormPageProps & { party: Party | undefined }) {
  const t = beheerTexts(useLanguage()).party;
  const title = props.party ? t.editTitle(props.party.name) : t.newTitle;
  const { byField, summary } = formErrors(props.errors, (path) => path, ['name', 'description', 'type', 'publicBody', 'address', 'contact', 'fg']);
  const v = props.values;
  return (
    <PortalLayout title={title} chrome={props.chrome} hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} />
      <h1 class="utrecht-heading-1">{title}</h1>
      <form method="post" action={pathTo('beheerPreview')} novalidate>
        <ChangeFields csrf={props.chrome.csrf} kind="organisatie" subject={props.party?.id ?? ''} version={props.version} />
        <TextField name="name" label={t.name} value={v.get('name')} error={byField.get('name')} />
        <TextField name="description" label={t.description} hint={t.descriptionHint} value={v.get('description')} error={byField.get('description')} />
        <FieldsetGroup field="type" legend={t.type} error={byField.get('type')}>
          {PARTY_TYPES.map((type, n) => (
            <Choice type="radio" id={n === 0 ? 'type' : `type-${type}`} name="type" value={type} checked={v.get('type') === type} label={t.types[type]} />
          ))}
        </FieldsetGroup>
        <FieldsetGroup field="publicBody" legend={t.publicBody} hint={t.publicBodyHint} error={byField.get('publicBody')}>
          {(['default', 'ja', 'nee'] as const).map((choice, n) => (
            <Choice
              type="radio"
              id={n === 0 ? 'publicBody' : `publicBody-${choice}`}
              name="publicBody"
              value={choice}
              checked={(v.get('publicBody') || 'default') === choice}
              label={t.publicBodyChoices[choice]}
            />
          ))}
        </FieldsetGroup>
        <TextField name="address" label={t.address} value={v.get('address')} error={byField.get('address')} />
        <TextField
          name="contact"
          label={t.contact}
          hint={t.contactHint}
          type="email"
          value={v.get('contact')}
          error={byField.get('contact')}
          spellcheck={false}
        />
        <TextField name="fg" label={t.fg} hint={t.fgHint} type="email" value={v.get('fg')} error={byField.get('fg')} spellcheck={false} />
        <SubmitButton>{beheerTexts(useLanguage()).preview.next}</SubmitButton>
      </form>
    </PortalLayout>
  );
}

export function renderOverlegForm(props: FormPageProps & { overleg: Casusoverleg }): string {
  return renderPage(<OverlegForm {...props} />);
}

function OverlegForm(props: FormPageProps & { overleg: Casusoverleg }) {
  const all = beheerTexts(useLanguage());
  const t = all.overleg;
  const title = t.title(props.overleg.name);
  const { byField, summary } = formErrors(props.errors, (path) => path, ['name', 'description', 'parties', 'variableParty', 'coordinator']);
  const v = props.values;
  const chosen = new Set(v.getAll('parties'));
  return (
    <PortalLayout title={title} chrome={props.chrome} hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} />
      <h1 class="utrecht-heading-1">{title}</h1>
      <form method="post" action={pathTo('beheerPreview')} novalidate>
        <ChangeFields csrf={props.chrome.csrf} kind="overleg" subject={props.overleg.id} version={props.version} />
        <TextField name="name" label={t.name} value={v.get('name')} error={byField.get('name')} />
        <TextArea
          id="description"
          name="description"
          label={t.description}
          hint={t.descriptionHint}
          value={v.get('description')}
          error={byField.get('description')}
        />
        <FieldsetGroup field="parties" legend={t.parties} error={byField.get('parties')}>
          {props.region.parties.map((party, n) => (
            <Choice
              type="checkbox"
              id={n === 0 ? 'parties' : `parties-${party.id}`}
              name="parties"
              value={party.id}
              checked={chosen.has(party.id)}
              label={party.name}
            />
          ))}
        </FieldsetGroup>
        <SelectField
          id="variableParty"
          label={t.variableParty}
          value={v.get('variableParty')}
          options={[['', t.variableNone], ...PARTY_TYPES.map((type): [string, string] => [type, t.variableOf(all.party.types[type])])]}
          error={byField.get('variableParty')}
        />
        <SelectField
          id="coordinator"
          label={t.coordinator}
          value={v.get('coordinator')}
          options={[...props.region.parties.map((party): [string, string] => [party.id, party.name]), ['variable', t.coordinatorVariable]]}
          error={byField.get('coordinator')}
        />
        <SubmitButton>{all.preview.next}</SubmitButton>
      </form>
    </PortalLayout>
  );
}

export function renderRegionForm(props: FormPageProps & { logoError?: { field: 'logo' | 'logoAlt'; message: string } }): string {
  return renderPage(<RegionForm {...props} />);
}

const REGION_FIELDS = [
  'serviceName',
  'organisation',
  'phone',
  'email',
  'address',
  'openingHours',
  'privacyStatementUrl',
  'accessibilityStatementUrl',
  'municipalities',
  'schools',
  'centralContact',
  'primary',
  'font',
] as const;

function RegionForm(props: FormPageProps & { logoError?: { field: 'logo' | 'logoAlt'; message: string } }) {
  const all = beheerTexts(useLanguage());
  const t = all.region;
  const errors = props.logoError ? [...props.errors, { path: props.logoError.field, message: props.logoError.message }] : props.errors;
  const { byField, summary } = formErrors(errors, (path) => path, [...REGION_FIELDS, 'logo', 'logoAlt']);
  const v = props.values;
  const text = (name: (typeof REGION_FIELDS)[number], type: 'text' | 'email' | 'tel' = 'text', hint?: string) => (
    <TextField name={name} label={t[name]} hint={hint} type={type} value={v.get(name)} error={byField.get(name)} />
  );
  const logo = props.region.theme?.logo;
  return (
    <PortalLayout title={t.title} chrome={props.chrome} hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} />
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <form method="post" action={pathTo('beheerPreview')} novalidate>
        <ChangeFields csrf={props.chrome.csrf} kind="regio" version={props.version} />
        {text('serviceName', 'text', t.serviceNameHint)}
        {text('organisation')}
        {text('phone', 'tel')}
        {text('email', 'email', t.emailHint)}
        {text('address')}
        {text('openingHours')}
        {text('privacyStatementUrl')}
        {text('accessibilityStatementUrl')}
        <TextArea
          id="municipalities"
          name="municipalities"
          label={t.municipalities}
          hint={t.municipalitiesHint}
          value={v.get('municipalities')}
          error={byField.get('municipalities')}
        />
        <TextArea id="schools" name="schools" label={t.schools} hint={t.schoolsHint} value={v.get('schools')} error={byField.get('schools')} rows={6} />
        <SelectField
          id="centralContact"
          label={t.centralContact}
          value={v.get('centralContact')}
          options={props.region.parties.map((party): [string, string] => [party.id, party.name])}
          error={byField.get('centralContact')}
        />
        <h2 class="utrecht-heading-2">{t.look}</h2>
        {text('primary', 'text', t.primaryHint)}
        <FieldsetGroup field="font" legend={t.font} error={byField.get('font')}>
          <Choice type="radio" id="font" name="font" value="noto-sans" checked={v.get('font') !== 'system'} label={t.fonts['noto-sans']} />
          <Choice type="radio" id="font-system" name="font" value="system" checked={v.get('font') === 'system'} label={t.fonts.system} />
        </FieldsetGroup>
        <SubmitButton>{all.preview.next}</SubmitButton>
      </form>
      <h2 class="utrecht-heading-2">{t.logo}</h2>
      {logo && (
        <p class="utrecht-paragraph">
          {t.currentLogo}: <img class="avg-header__logo" src={pathTo('regionStyle', { file: regionLogoFile(props.region.id, logo.file) })} alt={logo.alt} />
        </p>
      )}
      <form method="post" action={pathTo('beheerLogo')} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="csrf" value={props.chrome.csrf} />
        <input type="hidden" name="versie" value={String(props.version)} />
        <FormGroup error={byField.get('logo')}>
          <label class="utrecht-form-label" for="logo">
            {t.logo}
          </label>
          <p class="utrecht-form-field-description" id="logo-hint">
            {t.logoHint}
          </p>
          <FieldErrorMessage field="logo" error={byField.get('logo')} />
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            id="logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={describedBy('logo', true, byField.get('logo'))}
          />
        </FormGroup>
        <TextField name="logoAlt" label={t.logoAlt} hint={t.logoAltHint} value={logo?.alt ?? ''} error={byField.get('logoAlt')} />
        <SubmitButton>{t.logoButton}</SubmitButton>
      </form>
    </PortalLayout>
  );
}

/** The region's current settings as the region form's values. */
export function regionFormValues(region: Region): FormValues {
  const names = new Map(region.parties.map((party) => [party.id, party.name]));
  return valuesOf({
    ...region.about,
    municipalities: (region.municipalities ?? []).join('\n'),
    schools: (region.schools ?? []).map((school) => `${school.name}; ${school.place}; ${names.get(school.board) ?? school.board}`).join('\n'),
    centralContact: region.centralContact,
    primary: region.theme?.primary ?? '#1b5497',
    font: region.theme?.font ?? 'noto-sans',
  });
}

export function partyFormValues(party: Party | undefined): FormValues {
  if (!party) return valuesOf({});
  return valuesOf({
    name: party.name,
    description: party.description,
    type: party.type,
    publicBody: party.publicBody === undefined ? 'default' : party.publicBody ? 'ja' : 'nee',
    address: party.address,
    contact: party.contact,
    fg: party.fg,
  });
}

export function overlegFormValues(overleg: Casusoverleg): FormValues {
  return valuesOf({
    name: overleg.name,
    description: overleg.description,
    parties: overleg.parties,
    variableParty: overleg.variableParty ?? '',
    coordinator: overleg.coordinator,
  });
}
