import type { PartyType } from '#core/party-types';
import type { RequestStatus } from '#core/request-state';
import type { RequestType, RequesterRole } from '#core/request-schema';
import type { PrincipalRole, RepresentativeKind } from '#core/request-kinds';

/** The domain's words as every page, mail and export names them. */
export const terms = {
  requestType: {
    // `label` is the legal term every page, mail, letter and export uses; the public pages put the plain words first: "Gegevens inzien (inzage)".
    inzage: { label: 'Inzage', plain: 'Gegevens inzien', hint: 'U wilt weten welke gegevens over het kind zijn vastgelegd, en een kopie.' },
    rectificatie: {
      label: 'Rectificatie',
      plain: 'Gegevens laten verbeteren',
      hint: 'Er staat iets verkeerd of er ontbreekt iets. U wilt dat het wordt verbeterd of aangevuld.',
    },
    verwijdering: { label: 'Verwijdering', plain: 'Gegevens laten wissen', hint: 'U wilt dat gegevens over het kind worden gewist.' },
    beperking: { label: 'Beperking', plain: 'Gebruik tijdelijk laten stoppen', hint: 'U wilt dat gegevens tijdelijk niet meer worden gebruikt.' },
    bezwaar: { label: 'Bezwaar', plain: 'Bezwaar maken tegen het gebruik', hint: 'U bent het er niet mee eens dat gegevens worden gebruikt.' },
  } satisfies Record<RequestType, { label: string; plain: string; hint: string }>,
  /**
   * The kinds of data an inzage answer names (core/party-answer.ts keeps the stored values): the plain
   * words first, a jargon term after them.
   */
  dataCategory: {
    'NAW-gegevens': 'Naam, adres en woonplaats (NAW-gegevens)',
  } as Partial<Record<string, string>>,
  /** A stored category as people read it; one without its own words reads as it is stored. */
  dataCategories: (categories: readonly string[]) => categories.map((category) => terms.dataCategory[category] ?? category).join(', '),
  /** The parts of an inzage answer (AVG art. 15), as the requester and the portal read them. */
  inzageDetails: {
    purposes: 'Waarvoor',
    categories: 'Soorten gegevens',
    recipients: 'Aan wie',
    retention: 'Hoe lang bewaard',
    source: 'Waar vandaan',
    copy: 'Kopie van de gegevens',
  },
  role: {
    jongere: 'Ik ben de jongere zelf',
    ouder: 'Ik ben ouder met gezag',
    voogd: 'Ik ben voogd',
    gemachtigde: 'Ik vraag het namens iemand anders (gemachtigde)',
  } satisfies Record<RequesterRole, string>,
  /** Whom a gemachtigde acts for. */
  principalRole: { jongere: 'de jongere zelf', ouder: 'een ouder met gezag', voogd: 'de voogd' } satisfies Record<PrincipalRole, string>,
  representativeKind: {
    clientondersteuner: 'Cliëntondersteuner',
    advocaat: 'Advocaat',
    anders: 'Iemand anders met een machtiging',
  } satisfies Record<RepresentativeKind, string>,
  /** "Fatima Yilmaz (advocaat) namens Jan de Vries, een ouder met gezag". */
  actingFor: (kind: RepresentativeKind, name: string, role: PrincipalRole) =>
    `${terms.representativeKind[kind].toLowerCase()} namens ${name}, ${terms.principalRole[role]}`,
  /** The status as the requester reads it on the status page and in the confirmation. */
  status: {
    awaiting_confirmation: 'Wacht op bevestiging van uw e-mailadres',
    in_progress: 'In behandeling',
    paused: 'Wacht op uw antwoord',
    decided: 'Besluit verstuurd',
    closed: 'Afgesloten',
    withdrawn: 'Ingetrokken',
  } satisfies Record<RequestStatus, string>,
  /** The status as staff read it (portal, FG overview, export): the pause is the requester's turn. */
  staffStatus: {
    awaiting_confirmation: 'Wacht op bevestiging van uw e-mailadres',
    in_progress: 'In behandeling',
    paused: 'Wacht op antwoord van de aanvrager',
    decided: 'Besluit verstuurd',
    closed: 'Afgesloten',
    withdrawn: 'Ingetrokken door de aanvrager',
  } satisfies Record<RequestStatus, string>,
  /** "Gegevens inzien (inzage)": the plain words first, the legal term after them. */
  plainRequestType: (type: RequestType) => `${terms.requestType[type].plain} (${terms.requestType[type].label.toLowerCase()})`,
  /** A request whose requester did not know the overleg, before the central contact point chose it. */
  overlegToChoose: 'Nog te kiezen (de aanvrager wist het niet)',
  partyTypePlural: {
    schoolbestuur: 'Scholen (schoolbesturen)',
    kinderopvang: 'Kinderopvang',
    gemeente: 'Gemeenten',
    samenwerkingsverband: 'Samenwerkingsverbanden',
    jeugdhulp: 'Jeugdhulp',
  } satisfies Record<PartyType, string>,
};
