import { pathTo } from '#routes';
import type { ComponentChildren } from 'preact';
import type { FieldError } from '#core/field-errors';
import type { Directory } from '#core/directory';
import { PARTY_TYPES, type PartyType } from '#core/party-types';
import { REQUEST_TYPES, REQUESTER_ROLES } from '#core/request-kinds';
import { REQUEST_TYPE_TEXT, ROLE_TEXT } from '#core/request-types';
import { Choice, DateInput, describedBy, ErrorSummary, errorsByField, FieldErrorMessage, FormGroup, PostProblem, TextField } from './components';
import { Layout } from './layout';
import { renderPage } from './render';
import { formFieldForPath, HONEYPOT_FIELD, OVERLEG_SEPARATOR, type RequestFormValues } from './request-form-fields';

const PARTY_TYPE_PLURAL: Record<PartyType, string> = {
  schoolbestuur: 'Scholen (schoolbesturen)',
  kinderopvang: 'Kinderopvang',
  gemeente: 'Gemeenten',
  samenwerkingsverband: 'Samenwerkingsverbanden',
  jeugdhulp: 'Jeugdhulp',
};

/** The request fields, shared by the public form and the portal's registration of a letter or call. */
export function RequestForm(props: {
  action: string;
  directory: Directory;
  values: RequestFormValues;
  errors: Map<string, string>;
  hiddenFields?: ComponentChildren;
  extraFields?: ComponentChildren;
  closing: ComponentChildren;
}) {
  const { directory, values, errors } = props;
  return (
    <form method="post" action={props.action} novalidate>
      {props.hiddenFields}
      <input type="hidden" name="submissionId" value={values.submissionId} />
      {props.extraFields}

      <h2>1. Over welk overleg gaat het?</h2>
      <FormGroup error={errors.get('overleg')}>
        <fieldset
          class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby={describedBy('overleg', true, errors.get('overleg'))}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Kies het overleg waarin over het kind is gepraat</legend>
          <p class="utrecht-form-field-description" id="overleg-hint">
            Weet u de naam niet? Lees dan de uitleg onder elke naam. De overleggen staan per regio.
          </p>
          <FieldErrorMessage field="overleg" error={errors.get('overleg')} />
          {directory.config.regions.map((region, r) => (
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset avg-fieldset--nested">
              <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend avg-legend--small">Regio {region.name}</legend>
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
                  />
                );
              })}
            </fieldset>
          ))}
        </fieldset>
      </FormGroup>

      <FormGroup error={errors.get('variablePartyId')}>
        <label class="utrecht-form-label" for="variablePartyId">
          School, kinderopvang of gemeente van het kind
        </label>
        <p class="utrecht-form-field-description" id="variablePartyId-hint">
          Bij de meeste overleggen doet ook de school (het schoolbestuur), de kinderopvang of de woongemeente van het kind mee. Kies die uit de regio van het
          overleg. Bij het overleg van Midden-Gelre is dit niet nodig.
        </p>
        <FieldErrorMessage field="variablePartyId" error={errors.get('variablePartyId')} />
        <select
          class="utrecht-select utrecht-select--html-select"
          id="variablePartyId"
          name="variablePartyId"
          aria-describedby={describedBy('variablePartyId', true, errors.get('variablePartyId'))}
          aria-invalid={errors.get('variablePartyId') ? 'true' : undefined}
        >
          <option value="">Niet nodig of weet ik niet</option>
          {directory.config.regions.flatMap((region) =>
            PARTY_TYPES.filter((type) => region.casusoverleggen.some((overleg) => overleg.variableParty === type)).map((type) => (
              <optgroup label={`${region.name}: ${PARTY_TYPE_PLURAL[type]}`}>
                {region.parties
                  .filter((party) => party.type === type)
                  .map((party) => (
                    <option value={party.id} selected={values.variablePartyId === party.id}>
                      {party.name}
                    </option>
                  ))}
              </optgroup>
            )),
          )}
        </select>
      </FormGroup>

      <h2>2. Wat wilt u vragen?</h2>
      <FormGroup error={errors.get('types')}>
        <fieldset
          class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby={describedBy('types', true, errors.get('types'))}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wat wilt u vragen?</legend>
          <p class="utrecht-form-field-description" id="types-hint">
            U kunt meer dan één ding kiezen.
          </p>
          <FieldErrorMessage field="types" error={errors.get('types')} />
          {REQUEST_TYPES.map((type, n) => {
            const id = n === 0 ? 'types' : `types-${type}`;
            return (
              <Choice
                type="checkbox"
                id={id}
                name="types"
                value={type}
                checked={values.types.includes(type)}
                label={REQUEST_TYPE_TEXT[type].label}
                hint={REQUEST_TYPE_TEXT[type].hint}
              />
            );
          })}
        </fieldset>
      </FormGroup>

      <FormGroup error={errors.get('details')}>
        <label class="utrecht-form-label" for="details">
          Om welke gegevens gaat het?
        </label>
        <div class="utrecht-form-field-description" id="details-hint">
          <p>Schrijf het zo precies als u kunt. Bijvoorbeeld:</p>
          <ul>
            <li>Inzage: welke gegevens u wilt zien, of alles.</li>
            <li>Rectificatie: wat er verkeerd staat en wat het moet zijn.</li>
            <li>Verwijdering: welke gegevens weg moeten en waarom.</li>
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

      <h2>3. Over u</h2>
      <FormGroup error={errors.get('role')}>
        <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={describedBy('role', true, errors.get('role'))}>
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wie bent u?</legend>
          <p class="utrecht-form-field-description" id="role-hint">
            Is het kind jonger dan 12? Dan doet een ouder met gezag of de voogd het verzoek. Vanaf 16 jaar doet de jongere het zelf. Tussen 12 en 16 mag het
            allebei.
          </p>
          <FieldErrorMessage field="role" error={errors.get('role')} />
          {REQUESTER_ROLES.map((role, n) => {
            const id = n === 0 ? 'role' : `role-${role}`;
            return <Choice type="radio" id={id} name="role" value={role} checked={values.role === role} label={ROLE_TEXT[role]} />;
          })}
        </fieldset>
      </FormGroup>
      <TextField name="name" label="Uw naam" value={values.name} error={errors.get('name')} autocomplete="name" spellcheck={false} />
      <TextField
        name="email"
        label="Uw e-mailadres"
        hint="Hier sturen wij een link naar toe. Daarmee bevestigt u het verzoek."
        type="email"
        value={values.email}
        error={errors.get('email')}
        autocomplete="email"
        spellcheck={false}
      />
      <TextField
        name="phone"
        label="Uw telefoonnummer (niet verplicht)"
        hint="Alleen als wij u mogen bellen met een vraag over het verzoek."
        type="tel"
        value={values.phone}
        error={errors.get('phone')}
        autocomplete="tel"
      />

      <h2>4. Over het kind</h2>
      <TextField
        name="childName"
        label="Naam van het kind"
        hint="Bent u de jongere zelf? Vul dan uw eigen naam in."
        value={values.childName}
        error={errors.get('childName')}
        autocomplete="off"
        spellcheck={false}
      />
      <DateInput
        prefix="dob"
        legend="Geboortedatum van het kind"
        hint="Bijvoorbeeld 17 3 2012"
        error={errors.get('dobDay')}
        values={{ day: values.dobDay, month: values.dobMonth, year: values.dobYear }}
      />

      {props.closing}
    </form>
  );
}

/**
 * The form, empty or as it was sent. `problem` is a message about the whole
 * post (storage unreachable, or not known whether it was stored): the form
 * comes back with everything typed and the same submission id, so sending it
 * again can never store it twice.
 */
export function renderRequestForm(args: {
  directory: Directory;
  values: RequestFormValues;
  errors: FieldError[];
  problem?: { title: string; text: string };
}): string {
  const errors = errorsByField(args.errors, formFieldForPath);
  const summary = [...errors].map(([field, message]) => ({ field, message }));
  return renderPage(
    <Layout title="Privacyverzoek over een kind" hasErrors={summary.length > 0 || Boolean(args.problem)}>
      <ErrorSummary errors={summary} />
      <PostProblem problem={args.problem} />
      <h1>Privacyverzoek over een kind</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        Werkt een school, gemeente, jeugdhulp of kinderopvang samen in een overleg over uw kind of over u? Dan mag u vragen welke gegevens zij hebben. U mag ook
        vragen om gegevens te verbeteren of te wissen.
      </p>
      <p>U stuurt het verzoek één keer. Wij sturen het naar alle organisaties van het overleg. U krijgt binnen een maand één antwoord.</p>
      <RequestForm
        action={pathTo('form')}
        directory={args.directory}
        values={args.values}
        errors={errors}
        hiddenFields={
          // A honeypot: hidden from people and assistive technology, filled in by form-spamming bots.
          <div class="avg-honeypot" aria-hidden="true">
            <label for={HONEYPOT_FIELD}>Laat dit veld leeg</label>
            <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabindex={-1} autocomplete="off" value="" />
          </div>
        }
        closing={
          <>
            <h2>5. Versturen</h2>
            <p>Na het versturen krijgt u een e-mail. Klik op de link in die e-mail om het verzoek te bevestigen. Daarna sturen wij het verzoek door.</p>
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              Verzoek versturen
            </button>
          </>
        }
      />
    </Layout>,
  );
}
