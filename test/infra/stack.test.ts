import { SAFETY_NET_DAYS } from '#infra/aws/documents';
import { DOCUMENT_PREFIX } from '#core/documents';
import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { portalGroups } from '#adapters/portal-groups';
import { tableDesign } from '#adapters/table-design';
import { rateLimitedResponse, refusedAtEdgeResponse } from '#handlers/http/rate-limit';
import { HSTS } from '#handlers/http/responses';
import { bucketEventConsumers, deploySteps, handlers, pathTo, PER_CLIENT_LIMIT, routes, scheduledJobs, streamConsumers } from '#routes';
import { EdgeProtectionStack, NETWORK_LIMIT_FACTOR } from '#infra/aws/edge-stack';
import { type FunctionName, functionPermissions } from '#infra/aws/permissions';
import { AvgVerzoekenStack, usesPortalIdentity } from '#infra/aws/stack';

/** The same feature flags and defaults as `cdk synth`. */
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** As infra/aws/app.ts builds them; bundling off: inline stand-in code, so no esbuild run and no handler files needed. */
function buildStack() {
  const app = new App({ context: cdkJson.context });
  const edge = new EdgeProtectionStack(app, 'AvgVerzoekenEdgeTest', { rateLimitPerMinute: PER_CLIENT_LIMIT.perMinute, crossRegionReferences: true });
  const stack = new AvgVerzoekenStack(app, 'AvgVerzoekenTest', {
    env: { region: 'eu-west-1' },
    crossRegionReferences: true,
    mailFromDomain: 'avg-verzoeken.example',
    publicBaseUrl: 'https://avg-verzoeken.example/',
    webAclArn: edge.webAcl.attrArn,
    bundle: false,
  });
  return { app, stack, edge };
}

const { stack, edge } = buildStack();
const template = Template.fromStack(stack);
type Resource = { Type: string; Properties: any; DeletionPolicy?: string };
const json = template.toJSON() as { Resources: Record<string, Resource> };
const resources = (type: string) => Object.entries(json.Resources).filter(([, resource]) => resource.Type === type);
function single(type: string): [string, Resource] {
  const found = resources(type);
  if (found.length !== 1 || !found[0]) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0];
}

/** The site's distribution, or the files distribution in front of the document bucket. */
function distribution(which: 'site' | 'files'): Resource {
  const found = resources('AWS::CloudFront::Distribution').filter(([id]) => id.startsWith('FilesDistribution') === (which === 'files'));
  if (found.length !== 1) throw new Error(`expected one ${which} distribution, found ${found.length}`);
  return found[0]![1];
}

const functionNames = [
  ...Object.keys(handlers),
  ...Object.keys(scheduledJobs),
  ...Object.keys(streamConsumers),
  ...Object.keys(bucketEventConsumers),
  ...Object.keys(deploySteps),
] as FunctionName[];
const logicalIdOf = (name: FunctionName) => stack.getLogicalId(stack.functions[name].node.defaultChild as CfnFunction);

describe('table', () => {
  const [tableId, table] = single('AWS::DynamoDB::Table');

  it('is the only table, on-demand, retained and protected against deletion', () => {
    expect(resources('AWS::DynamoDB::Table')).toHaveLength(1);
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
    ]);
    expect(tableId).toBe(stack.getLogicalId(stack.table.node.defaultChild as never));
  });

  it('is encrypted with a customer-managed KMS key that rotates', () => {
    const sse = table.Properties.SSESpecification;
    expect(sse).toMatchObject({ SSEEnabled: true, SSEType: 'KMS' });
    const keyId = sse.KMSMasterKeyId['Fn::GetAtt'][0] as string;
    expect(json.Resources[keyId]?.Type).toBe('AWS::KMS::Key');
    expect(json.Resources[keyId]?.Properties.EnableKeyRotation).toBe(true);
    expect(json.Resources[keyId]?.DeletionPolicy).toBe('Retain');
  });

  it('has point-in-time recovery and TTL on expiresAt', () => {
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });

  it('has exactly the GSIs of the table design, projecting all attributes', () => {
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      tableDesign.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(table.Properties.GlobalSecondaryIndexes).toHaveLength(tableDesign.globalSecondaryIndexes.length);
  });

  it('streams new images, for the outbox consumer', () => {
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
  });
});

describe('functions', () => {
  it('one Node.js 22 arm64 function per handler, scheduled job and stream consumer, and no others', () => {
    const functions = resources('AWS::Lambda::Function');
    expect(functions).toHaveLength(functionNames.length);
    for (const name of functionNames) {
      const fn = json.Resources[logicalIdOf(name)];
      expect(fn?.Type, name).toBe('AWS::Lambda::Function');
      expect(fn?.Properties.Runtime, name).toBe('nodejs22.x');
      expect(fn?.Properties.Architectures, name).toEqual(['arm64']);
      expect(fn?.Properties.TracingConfig, name).toEqual({ Mode: 'Active' });
      expect(fn?.Properties.MemorySize, name).toBe(512);
      expect(fn?.Properties.Timeout, name).toBe(
        name in scheduledJobs || name in bucketEventConsumers || name in deploySteps ? 60 : name in streamConsumers ? 30 : 10,
      );
    }
  });

  it('get the environment the functions read, and only portal functions the user pool', () => {
    const base = ['MAIL_FROM', 'NODE_OPTIONS', 'POWERTOOLS_SERVICE_NAME', 'PUBLIC_BASE_URL', 'SES_CONFIGURATION_SET', 'TABLE_NAME'];
    const identity = ['COGNITO_CLIENT_ID', 'COGNITO_ISSUER', 'COGNITO_USER_POOL_ID'];
    expect(functionNames.filter(usesPortalIdentity).sort()).toEqual([
      'fg-oversight',
      'portal-absence',
      'portal-actions',
      'portal-beheer',
      'portal-coordination',
      'portal-documents',
      'portal-pages',
      'portal-register',
      'portal-sign-in',
    ]);
    for (const name of functionNames) {
      const variables = json.Resources[logicalIdOf(name)]?.Properties.Environment.Variables;
      const expected = [
        ...base,
        ...(usesPortalIdentity(name) ? identity : []),
        ...(name in handlers ? ['ORIGIN_VERIFY_SECRET_ARN'] : []),
        // The document bucket only for the functions that sign, check, write or delete documents.
        ...(['portal-documents', 'status-documents', 'check-document', 'purge-documents', 'render-letters'].includes(name) ? ['DOCUMENTS_BUCKET'] : []),
        // The letter's fonts, beside its bundle.
        ...(name === 'render-letters' ? ['LETTER_FONT_DIR'] : []),
        // Where browsers post and download: only for those that sign upload forms.
        ...(['portal-documents', 'status-documents'].includes(name) ? ['DOCUMENTS_PUBLIC_URL'] : []),
      ];
      // The Parameters and Secrets extension's own settings (route functions only) are the layer's business.
      const ours = Object.keys(variables).filter((key) => !/^(PARAMETERS_SECRETS_EXTENSION|SECRETS_MANAGER|SSM_PARAMETER_STORE)_/.test(key));
      expect(ours.sort(), name).toEqual(expected.sort());
      expect(variables.MAIL_FROM).toBe('noreply@avg-verzoeken.example');
      expect(variables.PUBLIC_BASE_URL).toBe('https://avg-verzoeken.example');
      expect(variables.NODE_OPTIONS).toBe('--enable-source-maps');
      expect(variables.POWERTOOLS_SERVICE_NAME).toBe('avg-verzoeken');
      expect(variables.TABLE_NAME).toEqual({ Ref: stack.getLogicalId(stack.table.node.defaultChild as never) });
    }
  });

  it('read the origin secret through the extension layer, by ARN: its value is in no environment variable', () => {
    const [secretId] = single('AWS::SecretsManager::Secret');
    for (const name of functionNames) {
      const properties = json.Resources[logicalIdOf(name)]!.Properties;
      const routeFunction = name in handlers;
      expect(JSON.stringify(properties.Environment.Variables), name).not.toContain('resolve:secretsmanager');
      expect(properties.Environment.Variables.ORIGIN_VERIFY_SECRET_ARN, name).toEqual(routeFunction ? { Ref: secretId } : undefined);
      expect(JSON.stringify(properties.Layers ?? []), name).toMatch(routeFunction ? /AWS-Parameters-and-Secrets-Lambda-Extension-Arm64/ : /^\[\]$/);
    }
  });

  it('log to their own log group, kept for one year', () => {
    for (const name of functionNames) {
      const logGroupId = json.Resources[logicalIdOf(name)]?.Properties.LoggingConfig.LogGroup.Ref as string;
      expect(json.Resources[logGroupId]?.Type).toBe('AWS::Logs::LogGroup');
      expect(json.Resources[logGroupId]?.Properties.RetentionInDays).toBe(365);
    }
  });
});

describe('HTTP API', () => {
  const routeKeys = resources('AWS::ApiGatewayV2::Route').map(([, route]) => {
    const integrationId = (route.Properties.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
    const integration = json.Resources[integrationId.Ref];
    return {
      routeKey: route.Properties.RouteKey as string,
      functionId: integration?.Properties.IntegrationUri['Fn::GetAtt'][0] as string,
      integrationType: integration?.Properties.IntegrationType as string,
    };
  });

  it('has every route of functions/routes.ts, integrated with its handler function', () => {
    for (const route of routes) {
      expect(routeKeys, `${route.method} ${route.path}`).toContainEqual({
        routeKey: `${route.method} ${route.path}`,
        functionId: logicalIdOf(route.handler),
        integrationType: 'AWS_PROXY',
      });
    }
  });

  it('has no other routes', () => {
    expect(routeKeys.map((route) => route.routeKey).sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('has a throttled default stage with access logs and outputs its URL', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    const [, stage] = single('AWS::ApiGatewayV2::Stage');
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0] as string;
    expect(json.Resources[logGroupId]?.Type).toBe('AWS::Logs::LogGroup');
    // The path carries confirmation tokens: log the route template instead.
    expect(stage.Properties.AccessLogSettings.Format).toContain('$context.routeKey');
    expect(stage.Properties.AccessLogSettings.Format).not.toContain('$context.path');
    template.hasOutput('ApiUrl', {});
  });
});

describe('the edge: CloudFront with the WAF per-client limit', () => {
  const edgeJson = Template.fromStack(edge).toJSON() as { Resources: Record<string, Resource> };
  const [webAcl] = Object.values(edgeJson.Resources).filter((resource) => resource.Type === 'AWS::WAFv2::WebACL');
  const rules = webAcl!.Properties.Rules as Array<Record<string, any>>;
  const limited = routes.filter((route) => route.limited);

  it('keeps the web ACL in us-east-1, for CloudFront', () => {
    expect(edge.region).toBe('us-east-1');
    expect(webAcl!.Properties.Scope).toBe('CLOUDFRONT');
    expect(webAcl!.Properties.DefaultAction).toEqual({ Allow: {} });
  });

  const rule = (name: string) => rules.find((candidate) => candidate.Name === name)!;
  const headersOf = (rule: Record<string, any>) =>
    Object.fromEntries(rule.Action.Block.CustomResponse.ResponseHeaders.map((header: { Name: string; Value: string }) => [header.Name, header.Value]));
  /** Which of our answering rules (in priority order) would take a request carrying these labels. */
  const answeredBy = (request: WafRequest) =>
    rules.filter((candidate) => candidate.Action?.Block && matches(candidate.Statement, request)).map((candidate) => candidate.Name as string)[0];

  it('runs the AWS managed rule groups; the common rule set only labels, and its matches are refused in Dutch, minus the 8 KB body rule', () => {
    const managed = rules.filter((candidate) => candidate.Statement.ManagedRuleGroupStatement);
    expect(managed.map((candidate) => [candidate.Statement.ManagedRuleGroupStatement.Name, Object.keys(candidate.OverrideAction)[0]])).toEqual([
      ['AWSManagedRulesAmazonIpReputationList', 'None'],
      ['AWSManagedRulesKnownBadInputsRuleSet', 'None'],
      ['AWSManagedRulesCommonRuleSet', 'Count'],
    ]);
    expect(managed.every((candidate) => candidate.Statement.ManagedRuleGroupStatement.VendorName === 'AWS')).toBe(true);
    const xss = ['awswaf:managed:aws:core-rule-set:CrossSiteScripting_Body'];
    expect(answeredBy({ method: 'POST', path: '/verzoek', labels: xss })).toBe('CommonRulesPage');
    expect(answeredBy({ method: 'POST', path: '/en/verzoek', labels: xss })).toBe('CommonRulesPageEn');
    expect(answeredBy({ method: 'POST', path: '/EN//verzoek', labels: xss })).toBe('CommonRulesPageEn');
    expect(answeredBy({ method: 'GET', path: '/portaal/verzoeken/AVG-AAAA-BBBB', labels: xss })).toBe('CommonRulesPage');
    expect(answeredBy({ method: 'POST', path: '/api/verzoeken', labels: xss })).toBe('CommonRulesApi');
    // A long answer is not an attack: the functions keep their own body limit.
    expect(
      answeredBy({ method: 'POST', path: '/portaal/verzoeken/AVG-AAAA-BBBB/antwoord', labels: ['awswaf:managed:aws:core-rule-set:SizeRestrictions_Body'] }),
    ).toBeUndefined();
    expect(answeredBy({ method: 'POST', path: '/verzoek', labels: [] })).toBeUndefined();
    const bodies = webAcl!.Properties.CustomResponseBodies;
    expect(bodies.RefusedPage).toEqual({ ContentType: 'TEXT_HTML', Content: refusedAtEdgeResponse('page').body });
    expect(bodies.RefusedJson).toEqual({ ContentType: 'APPLICATION_JSON', Content: refusedAtEdgeResponse('json').body });
    expect(bodies.RefusedPage.Content).toContain('Er is niets bewaard');
    expect(bodies.RefusedPageEn).toEqual({ ContentType: 'TEXT_HTML', Content: refusedAtEdgeResponse('page', 'en').body });
    expect(bodies.RefusedPageEn.Content).toContain('Nothing has been saved');
    expect(bodies.RefusedPageEn.Content).toContain('<html lang="en"');
    expect(rule('CommonRulesPage').Action.Block.CustomResponse).toMatchObject({ ResponseCode: 403, CustomResponseBodyKey: 'RefusedPage' });
    expect(rule('CommonRulesApi').Action.Block.CustomResponse).toMatchObject({ ResponseCode: 403, CustomResponseBodyKey: 'RefusedJson' });
  });

  it('counts each client address, and more loosely each network (ASN), over exactly the limited posts of the route table', () => {
    const perClient = rule('PerClientLimit');
    const perNetwork = rule('PerNetworkLimit');
    expect(perClient.Statement.RateBasedStatement).toMatchObject({ Limit: PER_CLIENT_LIMIT.perMinute, EvaluationWindowSec: 60, AggregateKeyType: 'IP' });
    expect(perNetwork.Statement.RateBasedStatement).toMatchObject({
      Limit: PER_CLIENT_LIMIT.perMinute * NETWORK_LIMIT_FACTOR,
      EvaluationWindowSec: 60,
      AggregateKeyType: 'CUSTOM_KEYS',
      CustomKeys: [{ ASN: {} }],
    });
    for (const counter of [perClient, perNetwork]) {
      expect(counter.Action).toEqual({ Count: {} });
      expect(counter.RuleLabels).toEqual([{ Name: 'avg:over-limit' }]);
      const counted = (method: string, path: string) => matches(counter.Statement.RateBasedStatement.ScopeDownStatement, { method, path, labels: [] });
      for (const route of limited) expect(counted(route.method, route.path.replace(/\{[^}]+\}/g, 'abc')), route.path).toBe(true);
      expect(limited.map((route) => route.path).sort()).toEqual([
        '/api/verzoeken',
        // The English twins of the public posts are counted as theirs.
        '/en/verzoek',
        '/en/verzoek/bevestigen/{token}',
        '/en/verzoek/status-opnieuw',
        '/en/verzoek/status/{token}',
        '/en/verzoek/status/{token}/bestanden',
        '/en/verzoek/status/{token}/intrekken',
        '/portaal/inloggen',
        '/verzoek',
        '/verzoek/bevestigen/{token}',
        '/verzoek/status-opnieuw',
        '/verzoek/status/{token}',
        '/verzoek/status/{token}/bestanden',
        '/verzoek/status/{token}/intrekken',
      ]);
      // Whatever the spelling of the path, the post is counted as the route it reaches.
      for (const path of ['/api/verzoeken/', '/API/Verzoeken', '//api/%76erzoeken', '/api/%u0076erzoeken', '/verzoek/./status/abc', '/Portaal/Inloggen/']) {
        expect(counted('POST', path), path).toBe(true);
      }
      expect(counted('GET', '/verzoek')).toBe(false);
      expect(counted('POST', '/portaal/verzoeken/AVG-AAAA-BBBB/antwoord')).toBe(false);
      expect(counted('POST', '/portaal/uitloggen')).toBe(false);
    }
  });

  it("answers a client over either limit with the functions' own 429: JSON on the API, a page elsewhere, in English under /en/", () => {
    const bodies = webAcl!.Properties.CustomResponseBodies;
    expect(bodies.TooManyJson).toEqual({ ContentType: 'APPLICATION_JSON', Content: rateLimitedResponse('json', 60).body });
    expect(bodies.TooManyPage).toEqual({ ContentType: 'TEXT_HTML', Content: rateLimitedResponse('page', 60).body });
    expect(bodies.TooManyPage.Content).toContain('Even wachten');
    expect(bodies.TooManyPageEn).toEqual({ ContentType: 'TEXT_HTML', Content: rateLimitedResponse('page', 60, 'en').body });
    expect(bodies.TooManyPageEn.Content).toContain('Please wait');
    const over = ['avg:over-limit'];
    expect(answeredBy({ method: 'POST', path: '/api/verzoeken', labels: over })).toBe('OverLimitApi');
    expect(answeredBy({ method: 'POST', path: '/portaal/inloggen', labels: over })).toBe('OverLimitPage');
    expect(answeredBy({ method: 'POST', path: '/verzoek/status/abc', labels: over })).toBe('OverLimitPage');
    expect(answeredBy({ method: 'POST', path: '/en/verzoek/status/abc', labels: over })).toBe('OverLimitPageEn');
    expect(answeredBy({ method: 'GET', path: '/verzoek', labels: over })).toBeUndefined();
    for (const name of ['OverLimitApi', 'OverLimitPage', 'OverLimitPageEn']) {
      expect(rule(name).Action.Block.CustomResponse.ResponseCode).toBe(429);
      expect(headersOf(rule(name))['retry-after']).toBe('60');
      expect(headersOf(rule(name))['strict-transport-security']).toBe(HSTS);
    }
    expect(headersOf(rule('OverLimitPage'))['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('puts CloudFront, with that web ACL and no caching, in front of the HTTP API, adding the origin secret', () => {
    const config = distribution('site').Properties.DistributionConfig;
    expect(JSON.stringify(config.WebACLId)).toContain('us-east-1');
    expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: expect.arrayContaining(['POST', 'GET']) });
    const [origin] = config.Origins;
    expect(JSON.stringify(origin.DomainName)).toContain(stack.getLogicalId(stack.node.findChild('HttpApi').node.defaultChild as never));
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(origin.OriginCustomHeaders.map((header: { HeaderName: string }) => header.HeaderName)).toEqual(['x-origin-verify']);
    const [secretId] = single('AWS::SecretsManager::Secret');
    // The secret's current value, resolved at deploy: the previous one stays accepted by the functions during a rotation.
    expect(JSON.stringify(origin.OriginCustomHeaders[0].HeaderValue)).toContain(secretId);
    expect(JSON.stringify(origin.OriginCustomHeaders[0].HeaderValue)).toContain(':SecretString:current::');
    template.hasOutput('SiteUrl', {});
  });

  it('adds HSTS (two years, subdomains, preload) and the basic security headers to every response at CloudFront', () => {
    const [policyId, policy] = single('AWS::CloudFront::ResponseHeadersPolicy');
    expect(distribution('site').Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    expect(distribution('files').Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    const security = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(security.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Preload: true, Override: true });
    expect(HSTS).toBe('max-age=63072000; includeSubDomains; preload');
    expect(security.ContentTypeOptions).toEqual({ Override: true });
    expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(security.ReferrerPolicy).toEqual({ ReferrerPolicy: 'no-referrer', Override: true });
    // Each page's CSP stays the function's own.
    expect(security.ContentSecurityPolicy).toBeUndefined();
    // Only the hashed stylesheet and fonts are cached (and compressed) at the edge; pages never are.
    const site = distribution('site').Properties.DistributionConfig;
    const behaviors = site.CacheBehaviors;
    expect(behaviors).toHaveLength(1);
    expect(behaviors[0]).toMatchObject({
      PathPattern: '/static/*',
      AllowedMethods: ['GET', 'HEAD'],
      Compress: true,
      ResponseHeadersPolicyId: { Ref: policyId },
    });
    expect(behaviors[0].CachePolicyId).not.toEqual(site.DefaultCacheBehavior.CachePolicyId);
  });
});

describe('portal user pool (Cognito)', () => {
  const [poolId, pool] = single('AWS::Cognito::UserPool');
  const [clientId, client] = single('AWS::Cognito::UserPoolClient');

  it('requires MFA with an authenticator app only, and has no self sign-up', () => {
    expect(pool.Properties.MfaConfiguration).toBe('ON');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
  });

  it('has a strong password policy and recovery by e-mail only', () => {
    expect(pool.Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(pool.Properties.AccountRecoverySetting).toEqual({ RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] });
  });

  it('is on the Plus plan with enforced threat protection, retained and protected against deletion', () => {
    expect(pool.Properties.UserPoolTier).toBe('PLUS');
    expect(pool.Properties.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('has one app client without secret, for password sign-in and refresh tokens, with one-hour ID tokens', () => {
    expect(client.Properties.UserPoolId).toEqual({ Ref: poolId });
    expect(client.Properties.GenerateSecret).toBe(false);
    expect([...client.Properties.ExplicitAuthFlows].sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH']);
    expect(client.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
    expect(client.Properties.PreventUserExistenceErrors).toBe('ENABLED');
    expect(client.Properties.IdTokenValidity).toBe(60);
    expect(client.Properties.TokenValidityUnits.IdToken).toBe('minutes');
    expect(client.Properties.AuthSessionValidity).toBe(5);
  });

  it('has a contact and an FG group for every seeded party and a beheer group per region, and no other groups', () => {
    const regions = JSON.parse(readFileSync(new URL('../../config/regions.json', import.meta.url), 'utf8')) as {
      regions: Array<{ id: string; parties: Array<{ id: string }> }>;
    };
    const partyIds = [...new Set(regions.regions.flatMap((region) => region.parties.map((party) => party.id)))];
    const groups = resources('AWS::Cognito::UserPoolGroup').map(([, group]) => {
      expect(group.Properties.UserPoolId).toEqual({ Ref: poolId });
      return group.Properties.GroupName as string;
    });
    expect(groups.sort()).toEqual([...portalGroups(partyIds).map((group) => group.name), ...regions.regions.map((region) => `beheer:${region.id}`)].sort());
  });

  it('gives the portal functions the pool, the client and the issuer URL', () => {
    for (const name of functionNames.filter(usesPortalIdentity)) {
      const variables = json.Resources[logicalIdOf(name)]?.Properties.Environment.Variables;
      expect(variables.COGNITO_USER_POOL_ID, name).toEqual({ Ref: poolId });
      expect(variables.COGNITO_CLIENT_ID, name).toEqual({ Ref: clientId });
      expect(variables.COGNITO_ISSUER, name).toEqual({
        // The stack's region is fixed (eu-west-1 unless -c region=), so CDK writes it in.
        'Fn::Join': ['', ['https://cognito-idp.eu-west-1.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: poolId }]],
      });
    }
  });
});

describe('schedules', () => {
  it('runs each scheduled job in Europe/Amsterdam time', () => {
    expect(resources('AWS::Scheduler::Schedule')).toHaveLength(Object.keys(scheduledJobs).length);
    for (const [name, job] of Object.entries(scheduledJobs)) {
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: job.schedule,
        ScheduleExpressionTimezone: 'Europe/Amsterdam',
        Target: { Arn: { 'Fn::GetAtt': [logicalIdOf(name as FunctionName), 'Arn'] } },
      });
    }
  });
});

describe('IAM', () => {
  type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
  const statements: { policy: string; statement: Statement }[] = [
    ...resources('AWS::IAM::Policy').flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument.Statement as Statement[]).map((statement) => ({ policy: id, statement })),
    ),
    ...resources('AWS::IAM::Role').flatMap(([id, role]) =>
      ((role.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((policy) =>
        policy.PolicyDocument.Statement.map((statement) => ({ policy: id, statement })),
      ),
    ),
  ];
  const actionsOf = (statement: Statement) => [statement.Action].flat();
  const tableId = stack.getLogicalId(stack.table.node.defaultChild as never);

  it('has no wildcard actions in any identity policy', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const { policy, statement } of statements) {
      for (const action of actionsOf(statement)) expect(action, policy).not.toContain('*');
    }
  });

  it('grants Cognito rights to the beheer pages only, on the portal pool only: sign-in uses the public client API, which IAM does not govern', () => {
    const cognito = statements.filter(({ statement }) => actionsOf(statement).some((action) => action.startsWith('cognito-idp:')));
    expect(cognito.map(({ policy }) => policy)).toEqual([expect.stringMatching(/^PortalBeheerRole/)]);
    const statement = cognito[0]!.statement;
    expect(actionsOf(statement).sort()).toEqual([
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminDeleteUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:CreateGroup',
      'cognito-idp:GetGroup',
    ]);
    expect(statement.Resource).toEqual({ 'Fn::GetAtt': [single('AWS::Cognito::UserPool')[0], 'Arn'] });
  });

  it("seeds a new installation's configuration with our own function, which alone may only put items", () => {
    const seeds = resources('AWS::CloudFormation::CustomResource');
    expect(seeds).toHaveLength(1);
    expect(seeds[0]![1].Properties.ServiceToken).toEqual({ 'Fn::GetAtt': [logicalIdOf('seed-configuration'), 'Arn'] });
    const seedStatements = statements.filter(({ policy }) => policy.startsWith('SeedConfigurationRole'));
    const dynamo = seedStatements.flatMap(({ statement }) => actionsOf(statement)).filter((action) => action.startsWith('dynamodb:'));
    expect(dynamo.sort()).toEqual(['dynamodb:PutItem', 'dynamodb:Query']);
  });

  it('uses no managed policies', () => {
    for (const [id, role] of resources('AWS::IAM::Role')) expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
  });

  it('grants DynamoDB actions on the table and its indexes only', () => {
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const allowed = [tableArn, ...tableDesign.globalSecondaryIndexes.map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index.indexName}`]] }))];
    const dynamoStatements = statements.filter(({ statement }) =>
      actionsOf(statement).some((action) => action.startsWith('dynamodb:') && !isStreamAction(action)),
    );
    expect(dynamoStatements.length).toBeGreaterThan(0);
    for (const { policy, statement } of dynamoStatements) {
      expect(
        actionsOf(statement).every((action) => action.startsWith('dynamodb:')),
        policy,
      ).toBe(true);
      for (const resource of [statement.Resource].flat()) expect(allowed, policy).toContainEqual(resource);
    }
  });

  it('gives each function exactly the table access of the permission map', () => {
    for (const name of functionNames) {
      const roleId = json.Resources[logicalIdOf(name)]?.Properties.Role['Fn::GetAtt'][0] as string;
      const own = statements
        .filter(({ policy }) => (json.Resources[policy]?.Properties.Roles ?? []).some((role: { Ref: string }) => role.Ref === roleId))
        .map(({ statement }) => statement);
      const tableActions = own.flatMap(actionsOf).filter((action) => action.startsWith('dynamodb:') && action !== 'dynamodb:Query' && !isStreamAction(action));
      // Only the stream consumer reads the stream, and only the table's stream.
      const streamStatements = own.filter((statement) => actionsOf(statement).some(isStreamAction));
      expect(streamStatements.length > 0, `${name} reads the stream`).toBe(name in streamConsumers);
      for (const statement of streamStatements) {
        // ListStreams supports no resource-level permission; the record-reading actions are on this table's stream only.
        const expected = actionsOf(statement).includes('dynamodb:ListStreams') ? '*' : { 'Fn::GetAtt': [tableId, 'StreamArn'] };
        for (const resource of [statement.Resource].flat()) expect(resource, name).toEqual(expected);
      }
      const expected = functionPermissions[name].tableActions.filter((action) => action !== 'dynamodb:Query');
      expect(tableActions.sort(), name).toEqual([...expected].sort());
      const usesKms = own.some((statement) => actionsOf(statement).some((action) => action.startsWith('kms:')));
      expect(usesKms, name).toBe(functionPermissions[name].tableActions.length + functionPermissions[name].queryIndexes.length > 0);
      const sendsMail = own.some((statement) => actionsOf(statement).includes('ses:SendEmail'));
      expect(sendsMail, name).toBe(functionPermissions[name].sendsMail);
    }
  });
});

function isStreamAction(action: string): boolean {
  return ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'].includes(action);
}

describe('outbox delivery from the stream', () => {
  it('consumes only new items of the pending index (outbox mails, submitted requests), with retries, a dead-letter queue and alarms', () => {
    const [[, mapping] = []] = resources('AWS::Lambda::EventSourceMapping');
    expect(mapping!.Properties).toMatchObject({
      FunctionName: { Ref: logicalIdOf('outbox-stream') },
      MaximumRetryAttempts: 5,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: expect.anything() } },
    });
    expect(JSON.parse(mapping!.Properties.FilterCriteria.Filters[0].Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { GSI3PK: { S: ['OUTBOX#PENDING'] } } },
    });
    const alarms = resources('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm);
    expect(alarms.map((alarm) => alarm.Properties.MetricName).sort()).toEqual(
      expect.arrayContaining(['ApproximateNumberOfMessagesVisible', 'Errors', 'MailFailed']),
    );
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('has no unacknowledged errors or warnings', () => {
    // A fresh app: the rule pack reads acknowledgements from the construct tree.
    const { stack: checked, edge: checkedEdge } = buildStack();
    for (const scope of [checked, checkedEdge]) {
      const report = new AwsSolutionsChecks().validateScope(scope);
      const findings = report.violations.map((violation) => ({
        rule: violation.ruleName,
        severity: violation.severity,
        resources: violation.violatingResources.map((resource) => resource.constructPath),
      }));
      expect(findings).toEqual([]);
      expect(report.success).toBe(true);
    }
  });

  it('passes as a synth-time validation plugin, as in infra/aws/app.ts', () => {
    const { app } = buildStack();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });
});

interface WafRequest {
  method: string;
  path: string;
  labels: string[];
}

/** Enough of WAF's statement evaluation to run the web ACL's own match statements against a request. */
function matches(statement: Record<string, any>, request: WafRequest): boolean {
  if (statement.AndStatement) return statement.AndStatement.Statements.every((part: Record<string, any>) => matches(part, request));
  if (statement.OrStatement) return statement.OrStatement.Statements.some((part: Record<string, any>) => matches(part, request));
  if (statement.NotStatement) return !matches(statement.NotStatement.Statement, request);
  if (statement.LabelMatchStatement) {
    const { Scope, Key } = statement.LabelMatchStatement;
    return request.labels.some((label) => (Scope === 'NAMESPACE' ? label.startsWith(Key) : label === Key));
  }
  if (statement.ByteMatchStatement) {
    const { FieldToMatch, SearchString, PositionalConstraint, TextTransformations } = statement.ByteMatchStatement;
    const raw = FieldToMatch.Method ? request.method : FieldToMatch.UriPath ? request.path : undefined;
    if (raw === undefined) throw new Error(`field not modelled: ${JSON.stringify(FieldToMatch)}`);
    const value = [...TextTransformations]
      .sort((a: { Priority: number }, b: { Priority: number }) => a.Priority - b.Priority)
      .reduce((text: string, step: { Type: string }) => transform(step.Type, text), raw);
    if (PositionalConstraint === 'EXACTLY') return value === SearchString;
    if (PositionalConstraint === 'STARTS_WITH') return value.startsWith(SearchString);
    throw new Error(`constraint not modelled: ${PositionalConstraint}`);
  }
  throw new Error(`statement not modelled: ${Object.keys(statement).join()}`);
}

function transform(type: string, text: string): string {
  switch (type) {
    case 'NONE':
      return text;
    case 'LOWERCASE':
      return text.toLowerCase();
    case 'URL_DECODE_UNI':
      return text
        .replace(/%u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    case 'NORMALIZE_PATH': {
      const segments: string[] = [];
      for (const segment of text.replace(/\/{2,}/g, '/').split('/')) {
        if (segment === '.') continue;
        if (segment === '..') segments.pop();
        else segments.push(segment);
      }
      return segments.join('/');
    }
    default:
      throw new Error(`transformation not modelled: ${type}`);
  }
}

describe('the document bucket', () => {
  const buckets = resources('AWS::S3::Bucket');
  const [bucketId, bucket] = buckets.find(([id]) => id.startsWith('Documents') && !id.startsWith('DocumentAccessLogs'))!;
  const policyStatements = (resources('AWS::S3::BucketPolicy').find(([, policy]) => JSON.stringify(policy.Properties.Bucket).includes(bucketId))?.[1].Properties
    .PolicyDocument.Statement ?? []) as Array<{ Effect: string; Condition?: unknown; Action: unknown }>;

  it('is encrypted with a customer-managed key that rotates, blocks all public access, enforces the owner and is retained', () => {
    const sse = bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0];
    expect(sse.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    const keyId = sse.ServerSideEncryptionByDefault.KMSMasterKeyID['Fn::GetAtt'][0] as string;
    expect(json.Resources[keyId]?.Properties.EnableKeyRotation).toBe(true);
    expect(sse.BucketKeyEnabled).toBe(true);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(bucket.DeletionPolicy).toBe('Retain');
  });

  it('refuses every request without TLS, logs access, sends its events to EventBridge and deletes anything left after the safety net', () => {
    expect(policyStatements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    expect(bucket.Properties.LoggingConfiguration.DestinationBucketName.Ref).toMatch(/^DocumentAccessLogs/);
    expect(bucket.Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    expect(bucket.Properties.LifecycleConfiguration.Rules[0]).toMatchObject({ Status: 'Enabled', ExpirationInDays: SAFETY_NET_DAYS });
  });

  it('is scanned by a GuardDuty malware protection plan that tags results, under the documents prefix', () => {
    const [, plan] = single('AWS::GuardDuty::MalwareProtectionPlan');
    expect(plan.Properties.ProtectedResource.S3Bucket).toEqual({ BucketName: { Ref: bucketId }, ObjectPrefixes: [DOCUMENT_PREFIX] });
    expect(plan.Properties.Actions).toEqual({ Tagging: { Status: 'ENABLED' } });
  });

  it('sends every new object and every scan result of this bucket to the checking function', () => {
    const rules = resources('AWS::Events::Rule');
    const checkId = logicalIdOf('check-document');
    const toCheck = rules.filter(([, rule]) => JSON.stringify(rule.Properties.Targets).includes(checkId));
    expect(toCheck.map(([, rule]) => rule.Properties.EventPattern['detail-type'][0]).sort()).toEqual([
      'GuardDuty Malware Protection Object Scan Result',
      'Object Created',
    ]);
    for (const [, rule] of toCheck) expect(JSON.stringify(rule.Properties.EventPattern.detail)).toContain(bucketId);
  });

  it('is reached by browsers through the files distribution: every method, nothing cached, S3 refusals shown as the Dutch page', () => {
    const config = distribution('files').Properties.DistributionConfig;
    const [origin] = config.Origins;
    expect(JSON.stringify(origin.DomainName)).toContain(bucketId);
    expect(JSON.stringify(origin.DomainName)).toContain('RegionalDomainName');
    // A plain HTTPS origin: origin access control would sign over the browser's own signature.
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(origin.OriginAccessControlId).toBeUndefined();
    expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'https-only', AllowedMethods: expect.arrayContaining(['POST', 'GET']) });
    // Managed CachingDisabled and AllViewerExceptHostHeader: the bucket's own host, every query parameter of the signature.
    expect(config.DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(config.DefaultCacheBehavior.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
    const page = pathTo('fileRefused');
    expect(config.CustomErrorResponses).toEqual(
      [400, 403, 404, 405].map((code) => ({ ErrorCode: code, ResponseCode: code, ResponsePagePath: page, ErrorCachingMinTTL: 0 })),
    );
    const pageBehaviour = config.CacheBehaviors.find((behaviour: { PathPattern: string }) => behaviour.PathPattern === page);
    expect(pageBehaviour.TargetOriginId).toBe(config.Origins[1].Id);
    expect(config.Origins[1].OriginCustomHeaders.map((header: { HeaderName: string }) => header.HeaderName)).toEqual(['x-origin-verify']);
    // Only the functions that sign upload forms send browsers there.
    const withPublicUrl = functionNames
      .filter((name) => json.Resources[logicalIdOf(name)]?.Properties.Environment.Variables.DOCUMENTS_PUBLIC_URL !== undefined)
      .sort();
    expect(withPublicUrl).toEqual(['portal-documents', 'status-documents']);
    template.hasOutput('FilesUrl', {});
  });

  it('is reached only by the signing, checking and letter functions, each with exactly its object actions, under the documents prefix', () => {
    const s3Statements = resources('AWS::IAM::Policy').flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>)
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')))
        .map((statement) => ({ id, actions: [statement.Action].flat().sort(), resource: statement.Resource })),
    );
    const roleOf = (name: FunctionName) => json.Resources[logicalIdOf(name)]?.Properties.Role['Fn::GetAtt'][0] as string;
    const byFunction = Object.fromEntries(
      functionNames
        .map((name) => [name, s3Statements.filter((statement) => statement.id.startsWith(roleOf(name).replace(/Role[A-F0-9]{8}$/, 'Role')))] as const)
        .filter(([, found]) => found.length > 0),
    );
    expect(Object.keys(byFunction).sort()).toEqual(['check-document', 'portal-documents', 'purge-documents', 'render-letters', 'status-documents']);
    expect(byFunction['purge-documents']!.map((s) => s.actions)).toEqual([['s3:DeleteObject']]);
    // The letters job writes its PDFs and reads nothing back.
    expect(byFunction['render-letters']!.map((s) => s.actions)).toEqual([['s3:PutObject']]);
    expect(byFunction['portal-documents']!.map((s) => s.actions)).toEqual([['s3:GetObject', 's3:PutObject']]);
    expect(byFunction['status-documents']!.map((s) => s.actions)).toEqual([['s3:GetObject', 's3:PutObject']]);
    expect(byFunction['check-document']!.map((s) => s.actions)).toEqual([['s3:DeleteObject', 's3:GetObject']]);
    for (const statements of Object.values(byFunction))
      for (const statement of statements)
        expect(statement.resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${DOCUMENT_PREFIX}*`]] });
  });
});
