/**
 * What the requester can do after the decision, per organisation's part. Each
 * sentence's article is in docs/rules.md (_Remedies_); core/remedies.ts
 * decides which apply.
 */
export const remedies = {
  /** Awb 3:45, 6:5, 6:7 and 6:8; UAVG art. 34: a public body's answer is a besluit. */
  bezwaar: (organisation: string, sendTo: string) =>
    `Dit deel is een besluit van ${organisation}. Bent u het er niet mee eens? Dan kunt u binnen zes weken na de dag waarop dit besluit is verstuurd bezwaar maken bij ${organisation}. Stuur uw bezwaar naar: ${sendTo}. Schrijf in uw bezwaar uw naam en adres, de datum, het kenmerk van dit verzoek en waarom u het er niet mee eens bent, en zet uw handtekening eronder. Na de beslissing op uw bezwaar kunt u in beroep gaan bij de rechtbank.`,
  /** AVG art. 12(4) and 77. */
  complaint: (organisation: string) =>
    `Bent u het niet eens met de afwijzing door ${organisation}? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).`,
  /** UAVG art. 35 lid 1 and 2: a private party's refusal, to the district court within six weeks. */
  court: (organisation: string) =>
    `U kunt ook binnen zes weken nadat u dit antwoord heeft ontvangen de rechtbank vragen om ${organisation} te bevelen uw verzoek alsnog uit te voeren. Dat doet u met een verzoekschrift (artikel 35 UAVG).`,
  /** AVG art. 15(1)(e) and (f), in every access answer. */
  accessRights:
    'U heeft bij elke organisatie ook het recht om te vragen uw gegevens te verbeteren of aan te vullen, te wissen of minder te laten gebruiken, en om bezwaar te maken tegen het gebruik ervan. U kunt altijd een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).',
  /** How each organisation's answer reads in the decision. */
  outcome: {
    verstrekt: 'de gegevens staan hieronder',
    'geen gegevens': 'geen gegevens gevonden',
    afgewezen: 'afgewezen',
    gerectificeerd: 'verbeterd',
    aangevuld: 'aangevuld',
    verwijderd: 'gewist',
    beperkt: 'het gebruik is beperkt',
    'bezwaar toegekend': 'uw bezwaar is toegekend',
  } as Record<string, string>,
  partLine: (type: string, outcome: string) => `${type}: ${outcome}.`,
  ground: (ground: string) => `Grond: ${ground}.`,
};
