import type { RequestType, RequesterRole } from './request-schema';

/** How the form and pages name each right, in plain Dutch. */
export const REQUEST_TYPE_TEXT: Record<RequestType, { label: string; hint: string }> = {
  inzage: { label: 'Inzage', hint: 'U wilt weten welke gegevens over het kind zijn vastgelegd.' },
  rectificatie: { label: 'Rectificatie', hint: 'Er staat iets verkeerd of er ontbreekt iets. U wilt dat het wordt verbeterd of aangevuld.' },
  verwijdering: { label: 'Verwijdering', hint: 'U wilt dat gegevens over het kind worden gewist.' },
  beperking: { label: 'Beperking', hint: 'U wilt dat gegevens tijdelijk niet meer worden gebruikt.' },
  bezwaar: { label: 'Bezwaar', hint: 'U bent het er niet mee eens dat gegevens worden gebruikt.' },
};

export const ROLE_TEXT: Record<RequesterRole, string> = {
  jongere: 'Ik ben de jongere zelf',
  ouder: 'Ik ben ouder met gezag',
  voogd: 'Ik ben voogd',
};
