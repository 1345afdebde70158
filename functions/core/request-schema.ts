import * as z from 'zod/mini';
import { intakeTexts } from '#texts/catalogue';
import type { Language } from '#texts/language';
import { isIsoDate } from './calendar-date';
import { cleanText, type TextShape } from './free-text';

/**
 * The one request schema: the JSON API parses its body with it, the form maps
 * its fields onto the same shape first. Its messages are addressed to the
 * requester (B1), in the language of the page (or Dutch): one schema per
 * language, built once.
 */

import { PRINCIPAL_ROLES, REPRESENTATIVE_KINDS, REQUEST_TYPES, REQUESTER_ROLES } from './request-kinds';

export { REQUEST_TYPES, REQUESTER_ROLES, type RequestType, type RequesterRole } from './request-kinds';

export const MAX_DETAILS_LENGTH = 5000;

export const MAX_POSTAL_ADDRESS_LENGTH = 500;

type IntakeTexts = ReturnType<typeof intakeTexts>;

function schemasWith(M: IntakeTexts) {
  const requiredText = (missing: string, max: number, tooLong: string, shape: TextShape = 'line') =>
    z.string({ error: missing }).check(z.trim(), z.minLength(1, { error: missing }), z.maxLength(max, { error: tooLong }), cleanText(shape, M.text));

  const emailAddress = z.pipe(
    z.string({ error: M.emailMissing }).check(z.trim(), z.minLength(1, { error: M.emailMissing }), z.maxLength(254, { error: M.emailTooLong })),
    z.email({ error: M.emailInvalid }),
  );

  const requesterFields = {
    role: z.enum(REQUESTER_ROLES, { error: M.roleMissing }),
    name: requiredText(M.nameMissing, 200, M.nameTooLong(200)),
    phone: z.optional(z.string({ error: M.phoneInvalid }).check(z.trim(), z.regex(/^\+?[0-9 ()-]{6,20}$/, { error: M.phoneInvalid }))),
    /**
     * Only with role gemachtigde (checked in intake.ts, with the other errors):
     * whom the requester acts for, in what role (the age rule applies to it),
     * and as what kind of representative. The machtiging itself comes as a file
     * on the status page.
     */
    actingFor: z.optional(
      z.strictObject(
        {
          role: z.enum(PRINCIPAL_ROLES, { error: M.actingForRoleMissing }),
          name: requiredText(M.actingForNameMissing, 200, M.actingForNameTooLong(200)),
          kind: z.enum(REPRESENTATIVE_KINDS, { error: M.representativeKindMissing }),
        },
        { error: M.actingForMissing },
      ),
    ),
  };

  const requestFields = {
    regionId: z.string({ error: M.regionMissing }).check(z.minLength(1, { error: M.regionMissing })),
    casusoverlegId: z.string({ error: M.overlegMissing }).check(z.minLength(1, { error: M.overlegMissing })),
    variablePartyId: z.optional(z.string({ error: M.partyFromList })),
    types: z
      .array(z.enum(REQUEST_TYPES, { error: M.typeUnknown }), {
        error: M.typesMissing,
      })
      .check(
        z.minLength(1, { error: M.typesEmpty }),
        z.refine((types) => new Set(types).size === types.length, { error: M.typesTwice }),
      ),
    child: z.strictObject(
      {
        name: requiredText(M.childNameMissing, 200, M.childNameTooLong(200)),
        dateOfBirth: z.string({ error: M.dateOfBirthMissing }).check(z.refine(isIsoDate, { error: M.dateOfBirthInvalid })),
      },
      { error: M.childMissing },
    ),
    details: requiredText(M.detailsMissing, MAX_DETAILS_LENGTH, M.detailsTooLong(MAX_DETAILS_LENGTH), 'lines'),
    /**
     * A youth of 12 to 16 asking together with a parent or guardian, or a parent
     * or guardian together with the youth (who may go with whom: intake.ts). They
     * confirm by a link of their own, then read the status page and get the news.
     */
    coRequester: z.optional(
      z.strictObject(
        {
          role: z.enum(PRINCIPAL_ROLES, { error: M.coRoleMissing }),
          name: requiredText(M.coNameMissing, 200, M.actingForNameTooLong(200)),
          email: z.pipe(
            z.string({ error: M.coEmailMissing }).check(z.trim(), z.minLength(1, { error: M.coEmailMissing }), z.maxLength(254, { error: M.emailTooLong })),
            z.email({ error: M.emailInvalid }),
          ),
        },
        { error: M.coMissing },
      ),
    ),
  };

  /** The form and the JSON API: the requester confirms by e-mail, so an e-mail address is required. */
  const request = z.strictObject(
    { ...requestFields, requester: z.strictObject({ ...requesterFields, email: emailAddress }, { error: M.requesterMissing }) },
    { error: M.notAnObject },
  );

  /**
   * A request a contact person registers from a letter, a mail or a call: the
   * requester may have no e-mail address, and is then reached by post (the
   * decision goes as the printed letter). That one of the two is there is
   * checked by `checkContact` in intake.ts, so it is said with every other error.
   */
  const registration = z.strictObject(
    {
      ...requestFields,
      requester: z.strictObject(
        {
          ...requesterFields,
          email: z.optional(emailAddress),
          postalAddress: z.optional(
            requiredText(M.postalAddressMissing, MAX_POSTAL_ADDRESS_LENGTH, M.postalAddressTooLong(MAX_POSTAL_ADDRESS_LENGTH), 'lines'),
          ),
        },
        { error: M.requesterMissing },
      ),
    },
    { error: M.notAnObject },
  );
  return { request, registration };
}

type Schemas = ReturnType<typeof schemasWith>;
const built = new Map<Language, Schemas>();

/** The request and registration schemas with their messages in a language. */
export function requestSchemas(language: Language): Schemas {
  let schemas = built.get(language);
  if (!schemas) {
    schemas = schemasWith(intakeTexts(language));
    built.set(language, schemas);
  }
  return schemas;
}

/** Every request as stored: from the form always with an e-mail address, from a registration possibly with a postal address instead. */
export type RequestInput = z.infer<Schemas['registration']>;
