/**
 * The audit trail as sentences (views/audit-sentence.ts fills them in with
 * names of organisations and Amsterdam dates). The raw event stays in the
 * table; an action without a sentence shows its label.
 */
export const audit = {
  received: (types: string, deadline: string) => `Verzoek ontvangen voor ${types}. Uiterste datum: ${deadline}.`,
  registered: (channel: string, receivedOn: string) => `Verzoek geregistreerd: binnengekomen per ${channel} op ${receivedOn}.`,
  channel: { formulier: 'formulier', api: 'koppeling', brief: 'brief', 'e-mail': 'e-mail', telefoon: 'telefoon' } as Record<string, string>,
  confirmed: 'De aanvrager heeft het e-mailadres bevestigd.',
  routed: (parties: string, coordinator: string) => `Doorgestuurd naar ${parties}. Aanspreekpunt: ${coordinator}.`,
  toCentralContact: (central: string) => `De aanvrager wist het overleg niet. Doorgestuurd naar het centrale aanspreekpunt: ${central}.`,
  assigned: (overleg: string, parties: string, coordinator: string) =>
    `Overleg gekozen: ${overleg}. Doorgestuurd naar ${parties}. Aanspreekpunt: ${coordinator}.`,
  answered: (party: string, outcomes: string) => `${party} heeft geantwoord voor ${outcomes}.`,
  answerChanged: (party: string, outcomes: string) => `${party} heeft het antwoord gewijzigd: ${outcomes}.`,
  outcome: (type: string, outcome: string) => `${type}: ${outcome}`,
  art19Passed: (from: string, to: string) => `${from} heeft gegevens aangepast en dit doorgegeven aan ${to}.`,
  notePlaced: (from: string, to: string) => `${from} heeft een bericht geplaatst voor ${to}.`,
  noteToCoordinator: (from: string) => `${from} heeft een bericht geplaatst voor het aanspreekpunt.`,
  art19Applied: (party: string, from: string) => `${party} heeft de wijziging van ${from} doorgevoerd.`,
  taskTaken: (party: string) => `Een contactpersoon van ${party} heeft het verzoek opgepakt.`,
  extended: (months: number, deadline: string) => `Termijn verlengd met ${months} ${months === 1 ? 'maand' : 'maanden'}. Nieuwe uiterste datum: ${deadline}.`,
  paused: (since: string) => `Vraag gesteld aan de aanvrager. De termijn staat stil sinds ${since}.`,
  resumed: (deadline: string) => `De aanvrager heeft de vraag beantwoord. De termijn loopt weer. Uiterste datum: ${deadline}.`,
  resumedByPost: (deadline: string) =>
    `Het antwoord van de aanvrager (per post of telefoon) is vastgelegd. De termijn loopt weer. Uiterste datum: ${deadline}.`,
  sentByPost: (n: number, on: string) =>
    `${n > 1 ? 'Het aanvullende besluit' : 'Het besluit'} is per post verstuurd, met de vrijgegeven kopieën op papier (${on}).`,
  identity: (method: string, on: string) => `Vastgelegd hoe is gecontroleerd wie de aanvrager is: ${method} (${on}).`,
  decided: (outcomes: string) => `Besluit verstuurd: ${outcomes}.`,
  decidedPart: (outcomes: string, parties: string, pending: string) =>
    `Deelbesluit verstuurd voor de delen van ${parties}: ${outcomes}. Nog bezig: ${pending}.`,
  decidedSupplement: (outcomes: string, parties: string) => `Aanvullend besluit verstuurd voor de delen van ${parties}: ${outcomes}.`,
  letterMade: (size: string) => `De brief met het besluit is gemaakt (PDF, ${size}).`,
  letterRefused: 'De brief met het besluit kon niet worden gemaakt: de tekst bevat tekens die het lettertype niet heeft.',
  closed: (until: string) => `Afgesloten. Het verzoek wordt gewist na ${until}.`,
  withdrawn: (types: string, until: string) =>
    `De aanvrager heeft het verzoek ingetrokken (${types}). Open taken zijn gesloten. Het verzoek wordt gewist na ${until}.`,
  partWithdrawn: (types: string, remaining: string) => `De aanvrager heeft een deel ingetrokken: ${types}. Het verzoek loopt door voor: ${remaining}.`,
  reminder: (recipient: string, when: string) => `Herinnering verstuurd aan ${recipient} (${when}).`,
  escalation: (recipient: string, late: string) => `Escalatie verstuurd aan ${recipient}: ${late} heeft na de uiterste datum nog niet geantwoord.`,
  noAddress: (recipient: string) => `Herinnering niet verstuurd aan ${recipient}: er staat geen e-mailadres in de configuratie.`,
  recipient: {
    party: (party: string) => party,
    fg: (party: string) => `de FG van ${party}`,
    coordinator: (coordinator: string) => `het aanspreekpunt (${coordinator})`,
  },
  before: (days: number, of: 'deadline' | 'answerBy') => {
    const date = of === 'answerBy' ? 'de antwoorddatum' : 'de uiterste datum';
    return days === 0 ? `op ${date}` : `${days} ${days === 1 ? 'dag' : 'dagen'} voor ${date}`;
  },
  after: (days: number, of: 'deadline' | 'answerBy') =>
    `${days} ${days === 1 ? 'dag' : 'dagen'} na ${of === 'answerBy' ? 'de antwoorddatum' : 'de uiterste datum'}`,
  allAnswered: 'alle organisaties hebben geantwoord',
  documentDescribed: (by: string) => `Bestand beschreven door ${by}.`,
  documentReceived: 'Bestand ontvangen. De controle loopt.',
  documentApproved: (type: string, size: string) => `Bestand goedgekeurd (${type}, ${size}).`,
  documentRefused: (why: string) => `Bestand afgekeurd en gewist. ${why}`,
  documentDownloaded: (by: string) => `Bestand gedownload door ${by}.`,
  documentInspected: (party: string, reason: string) => `Bestand ingezien door de FG van ${party}. Reden: ${reason}`,
  theRequester: 'de aanvrager',
  codeSent: 'Code voor de bestanden naar de aanvrager gestuurd.',
  codeWrong: 'De aanvrager vulde een verkeerde code in.',
  codeLocked: 'Code geblokkeerd na 5 verkeerde pogingen.',
  filesOpened: 'De aanvrager heeft de bestanden geopend met de code.',
};
