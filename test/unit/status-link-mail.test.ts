import { describe, expect, it } from 'vitest';
import { statusLinkMail } from '#core/status-link-again';

const record = {
  reference: 'AVG-7K3M-9QXD',
  regionId: 'goeree-overflakkee',
  requester: { role: 'ouder' as const, name: 'Marieke', email: 'marieke@voorbeeld.nl' },
  statusToken: 'requester-token',
  coRequester: { role: 'jongere' as const, name: 'Sem', email: 'sem@voorbeeld.nl', statusToken: 'co-token', confirmedAt: '2026-03-02T10:00:00.000Z' },
};
const statusUrl = (token: string) => `https://example.nl/verzoek/status/${token}`;
const ask = (email: string) => statusLinkMail(record, { reference: record.reference, email }, statusUrl);

describe('the status link again', () => {
  it("sends each holder their own link, to their own address, and nobody else's", () => {
    expect(ask('marieke@voorbeeld.nl')).toMatchObject({ to: 'marieke@voorbeeld.nl', values: { statusUrl: statusUrl('requester-token') } });
    expect(ask('sem@voorbeeld.nl')).toMatchObject({ to: 'sem@voorbeeld.nl', values: { statusUrl: statusUrl('co-token') } });
    expect(ask('iemand@voorbeeld.nl')).toBeNull();
  });

  it('sends a co-requester nothing before they joined', () => {
    const notJoined = { ...record, coRequester: { ...record.coRequester, confirmedAt: null } };
    expect(statusLinkMail(notJoined, { reference: record.reference, email: 'sem@voorbeeld.nl' }, statusUrl)).toBeNull();
  });
});
