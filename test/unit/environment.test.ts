import { describe, expect, it } from 'vitest';
import { readEnvironment } from '#adapters/environment';

const BASE = { TABLE_NAME: 'avg', MAIL_FROM: 'noreply@avg.example', PUBLIC_BASE_URL: 'https://avg.example/' };

describe('readEnvironment', () => {
  it('reads what the stack sets, with the defaults, without a trailing slash', () => {
    expect(readEnvironment({ ...BASE, S3_ENDPOINT: 'http://127.0.0.1:4569/' })).toEqual({
      TABLE_NAME: 'avg',
      MAIL_FROM: 'noreply@avg.example',
      PUBLIC_BASE_URL: 'https://avg.example',
      S3_ENDPOINT: 'http://127.0.0.1:4569',
      DYNAMODB_REQUEST_TIMEOUT_MS: 2000,
      AWS_REGION: 'eu-west-1',
      RETENTION_DAYS: 365,
      CONFIG_CACHE_SECONDS: 60,
      EMULATE_TTL: 'false',
      MALWARE_SCAN: 'guardduty',
    });
    expect(readEnvironment({ ...BASE, RETENTION_DAYS: '30', DYNAMODB_REQUEST_TIMEOUT_MS: '150', EMULATE_TTL: 'true' })).toMatchObject({
      RETENTION_DAYS: 30,
      DYNAMODB_REQUEST_TIMEOUT_MS: 150,
      EMULATE_TTL: 'true',
    });
  });

  it('names every missing or invalid variable at once, so a broken deployment says what to fix', () => {
    expect(() =>
      readEnvironment({
        MAIL_FROM: 'noreply',
        PUBLIC_BASE_URL: 'avg.example',
        RETENTION_DAYS: '400',
        DYNAMODB_REQUEST_TIMEOUT_MS: '1.5',
        MALWARE_SCAN: 'none',
        DOCUMENTS_BUCKET: '',
      }),
    ).toThrow(
      'Missing or invalid environment: TABLE_NAME: is required; MAIL_FROM: must be an e-mail address; PUBLIC_BASE_URL: must be a URL; ' +
        'DYNAMODB_REQUEST_TIMEOUT_MS: must be a whole number of 1 or more; RETENTION_DAYS: must be a whole number from 1 to 366; ' +
        'DOCUMENTS_BUCKET: must not be empty; MALWARE_SCAN: must be one of guardduty, eicar-stand-in',
    );
  });
});
