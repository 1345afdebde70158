/**
 * The portal's confirmation after a successful step (Post/Redirect/Get): the
 * URL carries the key, never data. An area of its own, so the public pages'
 * functions do not carry the portal's sentences.
 */
export const portalNotices: Record<string, string> = {
  antwoord: 'Het antwoord van uw organisatie is opgeslagen.',
  toegewezen: 'Het overleg is gekozen. De organisaties van het overleg hebben een taak en krijgen daarover een e-mail.',
  oppakken: 'U heeft dit verzoek opgepakt. Uw collega’s zien dat u eraan werkt.',
  art19: 'Vastgelegd: de wijziging is doorgevoerd.',
  verlengen: 'De termijn is verlengd. De aanvrager is op de hoogte gebracht.',
  vraag: 'De vraag staat op de statuspagina van de aanvrager. De termijn staat stil.',
  besluit: 'Het besluit is verstuurd.',
  identiteit: 'Vastgelegd: hoe u heeft gecontroleerd wie de aanvrager is.',
  document: 'Het bestand is ontvangen. Wij controleren het nu. Ververs deze pagina over een paar seconden om te zien of het is goedgekeurd.',
  sluiten: 'Het verzoek is afgesloten.',
  bericht: 'Uw bericht is geplaatst. De andere organisatie krijgt een e-mail dat er een bericht is.',
  'verlengen-post': 'De termijn is verlengd. Stuur de aanvrager een brief met de nieuwe datum en de reden.',
  'vraag-post': 'De vraag is vastgelegd. De termijn staat stil. Stuur de vraag per post naar de aanvrager.',
  'vraag-beantwoord': 'Het antwoord van de aanvrager is vastgelegd. De termijn loopt weer.',
  'vraag-beantwoord-post': 'Het antwoord van de aanvrager is vastgelegd. De termijn loopt weer.',
  'besluit-post': 'Het besluit is vastgelegd. De besluitbrief wordt nu gemaakt: print hem bij Documenten en stuur hem per post.',
  'per-post-post': 'Vastgelegd: het besluit is vandaag per post verstuurd.',
  'identiteit-post': 'Vastgelegd: hoe u heeft gecontroleerd wie de aanvrager is.',
  'sluiten-post': 'Het verzoek is afgesloten.',
  'geregistreerd-post':
    'Het verzoek is geregistreerd en doorgestuurd naar alle organisaties van het overleg. De aanvrager heeft geen e-mailadres: het aanspreekpunt stuurt het besluit per post.',
  geregistreerd: 'Het verzoek is geregistreerd en doorgestuurd naar alle organisaties van het overleg.',
};
