import { pathIn } from '#routes';
import type { ComponentChildren } from 'preact';
import type { FieldError } from '#core/field-errors';
import type { Directory } from '#core/directory';
import { PARTY_TYPES } from '#core/party-types';
import { schoolsByPlace } from '#core/overleg-finder';
import { UNKNOWN_OVERLEG } from '#core/request-kinds';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { formTexts, termsTexts, type Texts } from '#texts/catalogue';
import type { Region } from '#core/region-config';
import { PRINCIPAL_ROLES, REPRESENTATIVE_KINDS, REQUEST_TYPES, REQUESTER_ROLES } from '#core/request-kinds';
import {
  Choice,
  ChoiceGroup,
  DateInput,
  describedBy,
  ErrorSummary,
  FieldErrorMessage,
  FieldsetGroup,
  FormGroup,
  formErrors,
  PostProblem,
  SelectGroup,
  SubmitButton,
  TextField,
} from './components';
import { Layout } from './layout';
import { forOwner, regionTextLang, renderPage, useLanguage } from './render';
import { siteOwnerOf } from './site-owner';
import { FORM_FIELD_ORDER, formFieldForPath, HONEYPOT_FIELD, OVERLEG_SEPARATOR, type RequestFormValues } from './request-form-fields';

/** The request fields, shared by the public form and the portal's registration of a letter or call. */
export function RequestForm(props: {
  action: string;
  /** The regions whose overleggen are offered: all of them on the public form, the own region on registration (core/registration.ts). */
  regions: readonly Region[];
  /** Whose voice the labels speak in: the requester's own, or the contact person's about the requester. */
  texts: Texts['form'];
  values: RequestFormValues & { postalAddress?: string };
  errors: Map<string, string>;
  hiddenFields?: ComponentChildren;
  extraFields?: ComponentChildren;
  /** Registration only: a postal address as the alternative to the e-mail address. */
  postalAddress?: { label: string; hint: string };
  /**
   * The public form of one region: the school by its own name (its board is
   * the variable party), and "Ik weet het niet" for the region's central
   * contact point, named in its hint.
   */
  finder?: { centralContact?: string };
  closing: ComponentChildren;
}) {
  const { regions, values, errors, texts: t, finder } = props;
  const language = useLanguage();
  const terms = termsTexts(language);
  const region = regions[0];
  // On the public form the school select stands for the school boards; the select below offers the other kinds.
  const variableTypes = PARTY_TYPES.filter((type) => !(finder && type === 'schoolbestuur'));
  const variableGroups = regions.flatMap((region) =>
    variableTypes
      .filter((type) => region.casusoverleggen.some((overleg) => overleg.variableParty === type))
      .map((type) => ({ region, type, parties: region.parties.filter((party) => party.type === type) })),
  );
  return (
    <form method="post" action={props.action} novalidate>
      {props.hiddenFields}
      <input type="hidden" name="submissionId" value={values.submissionId} />
      {props.extraFields}

      <h2>{t.overleg.heading}</h2>
      {finder && region && (
        <>
          <input type="hidden" name="regio" value={region.id} />
          <input type="hidden" name="gemeente" value={values.gemeente} />
          <p>
            {values.gemeente ? t.finder.where(values.gemeente, region.name) : t.finder.region(region.name)}{' '}
            <a href={pathIn(language, 'form')}>{t.finder.otherMunicipality}</a>
          </p>
          {(region.schools ?? []).length > 0 && (
            <SelectGroup id="school" label={t.finder.school} hint={t.finder.schoolHint} error={errors.get('school')}>
              <option value="">{t.finder.noSchool}</option>
              {schoolsByPlace(region).map((place) => (
                <optgroup label={place.place}>
                  {place.schools.map((school) => (
                    <option value={school.value} selected={values.school === school.value}>
                      {school.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectGroup>
          )}
        </>
      )}
      <FieldsetGroup field="overleg" legend={t.overleg.legend} hint={t.overleg.hint} error={errors.get('overleg')}>
        {regions.map((region, r) => (
          <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset avg-fieldset--nested">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend avg-legend--small">{t.overleg.region(region.name)}</legend>
            {region.casusoverleggen.map((overleg, c) => {
              const value = `${region.id}${OVERLEG_SEPARATOR}${overleg.id}`;
              const id = r === 0 && c === 0 ? 'overleg' : `overleg-${overleg.id}`;
              return (
                <Choice
                  type="radio"
                  id={id}
                  name="overleg"
                  value={value}
                  checked={values.overleg === value}
                  label={overleg.name}
                  hint={overleg.description}
                  hintLang={regionTextLang(language)}
                />
              );
            })}
            {finder?.centralContact && (
              <Choice
                type="radio"
                id="overleg-weet-ik-niet"
                name="overleg"
                value={`${region.id}${OVERLEG_SEPARATOR}${UNKNOWN_OVERLEG}`}
                checked={values.overleg === `${region.id}${OVERLEG_SEPARATOR}${UNKNOWN_OVERLEG}`}
                label={t.finder.unknown}
                hint={t.finder.unknownHint(finder.centralContact)}
              />
            )}
          </fieldset>
        ))}
      </FieldsetGroup>

      {variableGroups.length > 0 && (
        <SelectGroup id="variablePartyId" label={t.variableParty.label} hint={t.variableParty.hint} error={errors.get('variablePartyId')}>
          <option value="">{t.variableParty.none}</option>
          {variableGroups.map((group) => (
            <optgroup label={t.variableParty.group(group.region.name, terms.partyTypePlural[group.type])}>
              {group.parties.map((party) => (
                <option value={party.id} selected={values.variablePartyId === party.id}>
                  {party.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectGroup>
      )}

      <h2>{t.types.heading}</h2>
      <FieldsetGroup field="types" legend={t.types.legend} hint={t.types.hint} error={errors.get('types')}>
        {REQUEST_TYPES.map((type, n) => {
          const id = n === 0 ? 'types' : `types-${type}`;
          return (
            <Choice
              type="checkbox"
              id={id}
              name="types"
              value={type}
              checked={values.types.includes(type)}
              label={terms.plainRequestType(type)}
              hint={terms.requestType[type].hint}
            />
          );
        })}
      </FieldsetGroup>

      <FormGroup error={errors.get('details')}>
        <label class="utrecht-form-label" for="details">
          {t.details.label}
        </label>
        <div class="utrecht-form-field-description" id="details-hint">
          <p>{t.details.intro}</p>
          <ul>
            {t.details.examples.map((example) => (
              <li>{example}</li>
            ))}
          </ul>
        </div>
        <FieldErrorMessage field="details" error={errors.get('details')} />
        <textarea
          class="utrecht-textarea utrecht-textarea--html-textarea"
          id="details"
          name="details"
          rows={6}
          aria-describedby={describedBy('details', true, errors.get('details'))}
          aria-invalid={errors.get('details') ? 'true' : undefined}
        >
          {values.details}
        </textarea>
      </FormGroup>

      <h2>{t.you.heading}</h2>
      <ChoiceGroup
        type="radio"
        field="role"
        legend={t.you.legend}
        hint={t.you.hint}
        error={errors.get('role')}
        options={REQUESTER_ROLES.map((role) => ({ value: role, label: t.you.roles[role] }))}
        checked={(role) => values.role === role}
      />
      <ActingForFields values={values} errors={errors} />
      <TextField name="name" label={t.you.name} value={values.name} error={errors.get('name')} autocomplete="name" spellcheck={false} />
      <TextField
        name="email"
        label={t.you.email}
        hint={t.you.emailHint}
        type="email"
        value={values.email}
        error={errors.get('email')}
        autocomplete="email"
        spellcheck={false}
      />
      {props.postalAddress && (
        <FormGroup error={errors.get('postalAddress')}>
          <label class="utrecht-form-label" for="postalAddress">
            {props.postalAddress.label}
          </label>
          <p class="utrecht-form-field-description" id="postalAddress-hint">
            {props.postalAddress.hint}
          </p>
          <FieldErrorMessage field="postalAddress" error={errors.get('postalAddress')} />
          <textarea
            class="utrecht-textarea utrecht-textarea--html-textarea"
            id="postalAddress"
            name="postalAddress"
            rows={3}
            autocomplete="street-address"
            aria-describedby={describedBy('postalAddress', true, errors.get('postalAddress'))}
            aria-invalid={errors.get('postalAddress') ? 'true' : undefined}
          >
            {values.postalAddress ?? ''}
          </textarea>
        </FormGroup>
      )}
      <TextField name="phone" label={t.you.phone} hint={t.you.phoneHint} type="tel" value={values.phone} error={errors.get('phone')} autocomplete="tel" />

      <h2>{t.child.heading}</h2>
      <TextField
        name="childName"
        label={t.child.name}
        hint={t.child.nameHint}
        value={values.childName}
        error={errors.get('childName')}
        autocomplete="off"
        spellcheck={false}
      />
      <DateInput
        prefix="dob"
        legend={t.child.dateOfBirth}
        hint={t.child.dateOfBirthHint}
        error={errors.get('dobDay')}
        values={{ day: values.dobDay, month: values.dobMonth, year: values.dobYear }}
      />

      {finder && <TogetherFields values={values} errors={errors} />}

      {props.closing}
    </form>
  );
}

/**
 * For a gemachtigde: whom they act for, and as what. Always on the page, as a
 * group under its own question, since without JavaScript nothing can appear
 * on choosing; the intake reads it only with the role gemachtigde.
 */
function ActingForFields(props: { values: RequestFormValues; errors: Map<string, string> }) {
  const t = formTexts(useLanguage()).actingFor;
  const { values, errors } = props;
  return (
    <div class="avg-acting-for">
      <h3>{t.legend}</h3>
      <ChoiceGroup
        type="radio"
        field="actsForRole"
        legend={t.role}
        hint={t.hint}
        error={errors.get('actsForRole')}
        options={PRINCIPAL_ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
        checked={(role) => values.actsForRole === role}
      />
      <TextField name="actsForName" label={t.name} value={values.actsForName} error={errors.get('actsForName')} autocomplete="off" spellcheck={false} />
      <ChoiceGroup
        type="radio"
        field="representativeKind"
        legend={t.kind}
        error={errors.get('representativeKind')}
        options={REPRESENTATIVE_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
        checked={(kind) => values.representativeKind === kind}
      />
    </div>
  );
}

/** Asking together with a parent, guardian or the youth: optional, so all three fields may stay empty. */
function TogetherFields(props: { values: RequestFormValues; errors: Map<string, string> }) {
  const t = formTexts(useLanguage()).together;
  const { values, errors } = props;
  return (
    <>
      <h2>{t.heading}</h2>
      <ChoiceGroup
        type="radio"
        field="coRole"
        legend={t.role}
        hint={t.intro}
        error={errors.get('coRole')}
        options={PRINCIPAL_ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
        checked={(role) => values.coRole === role}
      />
      <TextField name="coName" label={t.name} value={values.coName} error={errors.get('coName')} autocomplete="off" spellcheck={false} />
      <TextField
        name="coEmail"
        label={t.email}
        hint={t.emailHint}
        type="email"
        value={values.coEmail}
        error={errors.get('coEmail')}
        autocomplete="off"
        spellcheck={false}
      />
    </>
  );
}

/**
 * The form, empty or as it was sent. `problem` is a message about the whole
 * post (storage unreachable, or not known whether it was stored): the form
 * comes back with everything typed and the same submission id, so sending it
 * again can never store it twice.
 */
export function renderRequestForm(
  args: {
    directory: Directory;
    /** The region whose schools and overleggen the form offers (the find step chose it). */
    region: Region;
    values: RequestFormValues;
    errors: FieldError[];
    problem?: { title: string; text: string };
  },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = formTexts(language);
  const { region } = args;
  const hasVariableSelect = region.casusoverleggen.some((overleg) => overleg.variableParty && overleg.variableParty !== 'schoolbestuur');
  // Where the form has no select of kinderopvang or gemeenten, a wrong variable party can only be the school.
  const fieldOf = (path: string) => {
    const field = formFieldForPath(path);
    return field === 'variablePartyId' && !hasVariableSelect ? 'school' : field;
  };
  const { byField: errors, summary } = formErrors(args.errors, fieldOf, FORM_FIELD_ORDER);
  // A region's own form carries the region's name, look and contact.
  const owner = siteOwnerOf(args.directory, region.id);
  const central = region.centralContact ? args.directory.party(region.centralContact)?.name : undefined;
  return forOwner(owner, () =>
    renderPage(
      <Layout
        title={t.title}
        hasErrors={summary.length > 0 || Boolean(args.problem)}
        inLanguage={(other) => pathIn(other, 'form', {}, args.values.gemeente ? { gemeente: args.values.gemeente } : { regio: region.id })}
      >
        <ErrorSummary errors={summary} />
        <PostProblem problem={args.problem} />
        <h1>{t.title}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t.lead}</p>
        <p>{t.once}</p>
        <RequestForm
          action={pathIn(language, 'form')}
          regions={[region]}
          finder={central ? { centralContact: central } : {}}
          texts={t}
          values={args.values}
          errors={errors}
          hiddenFields={
            // A honeypot: hidden from people and assistive technology, filled in by form-spamming bots.
            <div class="avg-honeypot" aria-hidden="true">
              <label for={HONEYPOT_FIELD}>{t.honeypot}</label>
              <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabindex={-1} autocomplete="off" value="" />
            </div>
          }
          closing={
            <>
              <h2>{t.send.heading}</h2>
              <p>{t.send.text}</p>
              <SubmitButton>{t.send.button}</SubmitButton>
            </>
          }
        />
      </Layout>,
      language,
    ),
  );
}
