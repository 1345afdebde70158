import type { Directory } from '#core/directory';
import { boardOfSchool } from '#core/overleg-finder';

/**
 * The form's fields and how they map onto the one request schema. The form
 * has its own field names (a date in three boxes, one choice for region and
 * overleg together); the rules stay in the schema and the core.
 */
export interface RequestFormValues {
  /** The municipality the parent started from (the find step): it names the region. */
  gemeente: string;
  /** The school chosen by its own name (core/overleg-finder.ts): its board is the variable party where the overleg has a school board. */
  school: string;
  overleg: string;
  variablePartyId: string;
  types: string[];
  role: string;
  /** With role gemachtigde: the role and name of the person acted for, and the kind of representative. */
  actsForRole: string;
  actsForName: string;
  representativeKind: string;
  name: string;
  email: string;
  phone: string;
  childName: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  details: string;
  /** Asking together (public form only): the other one's role, name and address; all empty when alone. */
  coRole: string;
  coName: string;
  coEmail: string;
  /** Generated when the form is shown: a second post of the same form replays the first answer. */
  submissionId: string;
}

export const OVERLEG_SEPARATOR = '/';

/** The honeypot field: people never see it; a filled-in value means a bot. */
export const HONEYPOT_FIELD = 'website';

export function emptyForm(submissionId: string): RequestFormValues {
  return {
    gemeente: '',
    school: '',
    overleg: '',
    variablePartyId: '',
    types: [],
    role: '',
    actsForRole: '',
    actsForName: '',
    representativeKind: '',
    name: '',
    email: '',
    phone: '',
    childName: '',
    dobDay: '',
    dobMonth: '',
    dobYear: '',
    details: '',
    coRole: '',
    coName: '',
    coEmail: '',
    submissionId,
  };
}

export function readRequestForm(params: URLSearchParams): RequestFormValues {
  const text = (name: string) => (params.get(name) ?? '').trim();
  return {
    gemeente: text('gemeente'),
    school: text('school'),
    overleg: text('overleg'),
    variablePartyId: text('variablePartyId'),
    types: params.getAll('types'),
    role: text('role'),
    actsForRole: text('actsForRole'),
    actsForName: text('actsForName'),
    representativeKind: text('representativeKind'),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    childName: text('childName'),
    dobDay: text('dobDay'),
    dobMonth: text('dobMonth'),
    dobYear: text('dobYear'),
    // Keep the requester's line breaks; only trim the ends.
    details: (params.get('details') ?? '').trim(),
    coRole: text('coRole'),
    coName: text('coName'),
    coEmail: text('coEmail'),
    submissionId: text('submissionId'),
  };
}

/**
 * The form as the JSON API would receive it; empty optional fields are left
 * out. Where the overleg has a school board among its parties, the board of
 * the school chosen is the variable party.
 */
export function formToRequestInput(values: RequestFormValues, directory?: Directory): unknown {
  const [regionId = '', casusoverlegId = ''] = values.overleg.split(OVERLEG_SEPARATOR);
  const region = directory?.region(regionId);
  const needsBoard = directory?.casusoverleg(regionId, casusoverlegId)?.variableParty === 'schoolbestuur';
  const variablePartyId = needsBoard && region && values.school ? (boardOfSchool(region, values.school) ?? values.school) : values.variablePartyId;
  return {
    regionId,
    casusoverlegId,
    ...(variablePartyId ? { variablePartyId } : {}),
    types: values.types,
    requester: {
      role: values.role || undefined,
      // The acting-for fields are on the page for everyone (no JavaScript to hide them); only a gemachtigde's count.
      ...(values.role === 'gemachtigde'
        ? { actingFor: { role: values.actsForRole || undefined, name: values.actsForName, kind: values.representativeKind || undefined } }
        : {}),
      name: values.name,
      email: values.email,
      ...(values.phone ? { phone: values.phone } : {}),
    },
    child: { name: values.childName, dateOfBirth: dateFromBoxes(values.dobDay, values.dobMonth, values.dobYear) },
    details: values.details,
    ...(values.coRole || values.coName || values.coEmail
      ? { coRequester: { role: values.coRole || undefined, name: values.coName, email: values.coEmail } }
      : {}),
  };
}

/** A registration as the intake reads it: an empty e-mail or postal address is not given at all (either may be missing, not both). */
export function registrationToRequestInput(values: RequestFormValues & { postalAddress: string }): unknown {
  // A registration has no co-requester: their link to join would go out from the portal, unasked.
  const { coRequester: _together, ...input } = formToRequestInput(values) as { requester: Record<string, unknown>; coRequester?: unknown };
  const { email: _typed, ...requester } = input.requester;
  return {
    ...input,
    requester: {
      ...requester,
      ...(values.email ? { email: values.email } : {}),
      ...(values.postalAddress ? { postalAddress: values.postalAddress } : {}),
    },
  };
}

/** A date typed in three boxes (dag, maand, jaar) as "YYYY-MM-DD"; undefined when all three are empty. Whether it exists is the core's to say. */
export function dateFromBoxes(day: string, month: string, year: string): string | undefined {
  if (!day && !month && !year) return undefined;
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The form's fields in the order the page shows them: the error summary follows it. */
export const FORM_FIELD_ORDER: ReadonlyArray<keyof RequestFormValues> = [
  'school',
  'overleg',
  'variablePartyId',
  'types',
  'details',
  'role',
  'actsForRole',
  'actsForName',
  'representativeKind',
  'name',
  'email',
  'phone',
  'childName',
  'dobDay',
  'coRole',
  'coName',
  'coEmail',
];

/** The form field an error path belongs to: the error summary links to its first input. */
export function formFieldForPath(path: string): keyof RequestFormValues | typeof HONEYPOT_FIELD {
  const [head, second] = path.split('.');
  if (head === 'regionId' || head === 'casusoverlegId') return 'overleg';
  if (head === 'variablePartyId') return 'variablePartyId';
  if (head === 'types') return 'types';
  if (head === 'details') return 'details';
  if (head === HONEYPOT_FIELD) return HONEYPOT_FIELD;
  if (head === 'requester' && second === 'actingFor') {
    const third = path.split('.')[2];
    return third === 'name' ? 'actsForName' : third === 'kind' ? 'representativeKind' : 'actsForRole';
  }
  if (head === 'requester') return second === 'role' ? 'role' : second === 'email' ? 'email' : second === 'phone' ? 'phone' : 'name';
  if (head === 'child') return second === 'dateOfBirth' ? 'dobDay' : 'childName';
  if (head === 'coRequester') return second === 'name' ? 'coName' : second === 'email' ? 'coEmail' : 'coRole';
  return 'overleg';
}

/** The region of the overleg chosen on the form ("<region>/<overleg>"), if any. */
export function regionOfChoice(overleg: string): string | undefined {
  return overleg.split(OVERLEG_SEPARATOR)[0] || undefined;
}
