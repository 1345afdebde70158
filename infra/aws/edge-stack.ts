import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Construct } from 'constructs';
import { HSTS } from '#handlers/http/responses';
import { rateLimitedResponse, refusedAtEdgeResponse } from '#handlers/http/rate-limit';
import { LANGUAGE_PREFIX, PER_CLIENT_LIMIT, type Route, routes } from '#routes';

/** A web ACL for CloudFront must live in us-east-1, whatever region the rest is in. */
export const EDGE_REGION = 'us-east-1';

/**
 * How many clients of one network (autonomous system) may share a limit: the
 * looser second rate rule allows this many times the per-client limit.
 */
export const NETWORK_LIMIT_FACTOR = 20;

export interface EdgeProtectionStackProps extends StackProps {
  /** Posts per client address per minute on the limited routes (WAF's lowest accepted limit is 10). */
  readonly rateLimitPerMinute: number;
  /** Posts per network (ASN) per minute on the limited routes; NETWORK_LIMIT_FACTOR × rateLimitPerMinute unless given. */
  readonly networkRateLimitPerMinute?: number;
}

type Statement = CfnWebACL.StatementProperty;
const OVER_LIMIT_LABEL = 'avg:over-limit';
/** Every rule of the common rule set labels what it matches in this namespace, whatever its action. */
const COMMON_RULES_NAMESPACE = 'awswaf:managed:aws:core-rule-set:';
/**
 * The common rule set's rules this site cannot use, with the label each
 * leaves: SizeRestrictions_BODY
 * refuses bodies over 8 KB, and a contact person's answer for several request
 * types is longer than that. The functions keep their own body limit (413).
 */
export const COMMON_RULES_EXCLUDED: Record<string, string> = { SizeRestrictions_BODY: `${COMMON_RULES_NAMESPACE}SizeRestrictions_Body` };

/**
 * The edge in front of the site: a WAF web ACL (attached to the CloudFront
 * distribution of AvgVerzoekenStack).
 *
 * - AWS managed rule groups: the IP reputation list and known bad inputs
 *   block with WAF's own answer (attack traffic, not people); the common rule
 *   set only counts and labels, and two rules of ours refuse what it labelled
 *   with a Dutch 403, JSON on the API and a page elsewhere, minus the
 *   exclusions this site needs.
 * - The per-client limit of the route table, the same the local server
 *   applies: a rate rule per client address and a looser one per network
 *   (ASN), since an IPv6 client can rotate addresses within its prefix and WAF
 *   cannot count by prefix. Both only label; two rules answer labelled posts
 *   with the functions' own Dutch 429. The functions never see a refused post,
 *   and nothing is counted in the table.
 *
 * Paths are matched after URL-decoding, path normalisation and lower-casing,
 * by prefix, so `/API/verzoeken/`, `//api/%76erzoeken` and the like are
 * counted as the route they reach.
 */
export class EdgeProtectionStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeProtectionStackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: EDGE_REGION } });
    const perClient = props.rateLimitPerMinute;
    const perNetwork = props.networkRateLimitPerMinute ?? perClient * NETWORK_LIMIT_FACTOR;
    for (const [name, limit] of Object.entries({ rateLimitPerMinute: perClient, networkRateLimitPerMinute: perNetwork })) {
      if (!Number.isInteger(limit) || limit < 10) throw new Error(`${name} must be a whole number of at least 10 (WAF's lowest limit), not ${limit}`);
    }
    const limited = routes.filter((route) => route.limited);
    const limitedOf = (kind: NonNullable<Route['limited']>) => anyOf(limited.filter((route) => route.limited === kind).map(routeMatch));
    const tooMany = {
      json: edgeAnswer(rateLimitedResponse('json', PER_CLIENT_LIMIT.windowSeconds)),
      page: edgeAnswer(rateLimitedResponse('page', PER_CLIENT_LIMIT.windowSeconds)),
      pageEn: edgeAnswer(rateLimitedResponse('page', PER_CLIENT_LIMIT.windowSeconds, 'en')),
    };
    const refused = {
      json: edgeAnswer(refusedAtEdgeResponse('json')),
      page: edgeAnswer(refusedAtEdgeResponse('page')),
      pageEn: edgeAnswer(refusedAtEdgeResponse('page', 'en')),
    };
    // The English pages' answers in English: the same rules, first for the paths under the language's prefix.
    const english = pathStartsWith(`${LANGUAGE_PREFIX.en}/`);
    // The API answers JSON; which paths that is comes from the route table, as for the limit.
    const onApi = anyOf(limited.filter((route) => route.limited === 'json').map((route) => pathStartsWith(pathPrefixOf(route))));
    const labelledByCommonRules: Statement[] = [
      { labelMatchStatement: { scope: 'NAMESPACE', key: COMMON_RULES_NAMESPACE } },
      ...Object.values(COMMON_RULES_EXCLUDED).map((label) => ({ notStatement: { statement: { labelMatchStatement: { scope: 'LABEL', key: label } } } })),
    ];
    const overLimit: Statement = { labelMatchStatement: { scope: 'LABEL', key: OVER_LIMIT_LABEL } };

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'avg-verzoeken edge: AWS managed rules, per-client and per-network limits on public posts: form, API, confirmation, status answers, sign-in',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('AvgVerzoekenEdge'),
      customResponseBodies: {
        TooManyPage: tooMany.page.body,
        TooManyPageEn: tooMany.pageEn.body,
        TooManyJson: tooMany.json.body,
        RefusedPage: refused.page.body,
        RefusedPageEn: refused.pageEn.body,
        RefusedJson: refused.json.body,
      },
      rules: [
        managedRules('AwsIpReputation', 0, 'AWSManagedRulesAmazonIpReputationList', { none: {} }),
        managedRules('AwsKnownBadInputs', 1, 'AWSManagedRulesKnownBadInputsRuleSet', { none: {} }),
        // Count only: the two rules after it refuse what it labelled, in Dutch.
        managedRules('AwsCommonRules', 2, 'AWSManagedRulesCommonRuleSet', { count: {} }),
        answerRule('CommonRulesApi', 3, [...labelledByCommonRules, onApi], 403, 'RefusedJson', refused.json.headers),
        answerRule(
          'CommonRulesPageEn',
          4,
          [...labelledByCommonRules, { notStatement: { statement: onApi } }, english],
          403,
          'RefusedPageEn',
          refused.pageEn.headers,
        ),
        answerRule('CommonRulesPage', 5, [...labelledByCommonRules, { notStatement: { statement: onApi } }], 403, 'RefusedPage', refused.page.headers),
        rateRule('PerClientLimit', 6, perClient, { aggregateKeyType: 'IP' }, anyOf(limited.map(routeMatch))),
        rateRule('PerNetworkLimit', 7, perNetwork, { aggregateKeyType: 'CUSTOM_KEYS', customKeys: [{ asn: {} }] }, anyOf(limited.map(routeMatch))),
        answerRule('OverLimitApi', 8, [overLimit, limitedOf('json')], 429, 'TooManyJson', tooMany.json.headers),
        answerRule('OverLimitPageEn', 9, [overLimit, limitedOf('page'), english], 429, 'TooManyPageEn', tooMany.pageEn.headers),
        answerRule('OverLimitPage', 10, [overLimit, limitedOf('page')], 429, 'TooManyPage', tooMany.page.headers),
      ],
    });
    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn });
  }
}

/** A function's answer as a WAF custom response: WAF sets the content type from the body's; the rest are the functions' own headers. */
function edgeAnswer(response: APIGatewayProxyStructuredResultV2) {
  const headers: Record<string, unknown> = { ...response.headers, 'strict-transport-security': HSTS };
  const json = String(headers['content-type']).startsWith('application/json');
  delete headers['content-type'];
  return {
    body: { contentType: json ? 'APPLICATION_JSON' : 'TEXT_HTML', content: String(response.body) },
    headers: Object.entries(headers).map(([name, value]) => ({ name, value: String(value) })),
  };
}

function managedRules(name: string, priority: number, group: string, overrideAction: CfnWebACL.OverrideActionProperty): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: group } },
    overrideAction,
    visibilityConfig: visibility(name),
  };
}

/** A rate rule that only counts and labels: the answer rules refuse labelled posts in the right format. */
function rateRule(
  name: string,
  priority: number,
  limit: number,
  key: Pick<CfnWebACL.RateBasedStatementProperty, 'aggregateKeyType' | 'customKeys'>,
  scopeDownStatement: Statement,
): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: { rateBasedStatement: { limit, evaluationWindowSec: PER_CLIENT_LIMIT.windowSeconds, ...key, scopeDownStatement } },
    action: { count: {} },
    ruleLabels: [{ name: OVER_LIMIT_LABEL }],
    visibilityConfig: visibility(name),
  };
}

function answerRule(
  name: string,
  priority: number,
  statements: Statement[],
  responseCode: number,
  bodyKey: string,
  headers: Array<{ name: string; value: string }>,
): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: { andStatement: { statements } },
    action: { block: { customResponse: { responseCode, customResponseBodyKey: bodyKey, responseHeaders: headers } } },
    visibilityConfig: visibility(name),
  };
}

/**
 * The path as the route table has it, whatever its spelling: percent-decoded
 * (also %u), with doubled slashes and dot segments removed, lower-cased.
 */
const PATH_NORMALISATION: CfnWebACL.TextTransformationProperty[] = [
  { priority: 0, type: 'URL_DECODE_UNI' },
  { priority: 1, type: 'NORMALIZE_PATH' },
  { priority: 2, type: 'LOWERCASE' },
];

function pathStartsWith(prefix: string): Statement {
  return {
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      searchString: prefix.toLowerCase(),
      positionalConstraint: 'STARTS_WITH',
      textTransformations: PATH_NORMALISATION,
    },
  };
}

/**
 * A route of the table as a WAF match: its method, and its path up to the
 * first parameter, as a prefix, so a trailing slash or anything after the path
 * is counted too (only the limited posts are matched, so counting more is safe).
 */
function routeMatch(route: Route): Statement {
  const method: Statement = {
    byteMatchStatement: {
      fieldToMatch: { method: {} },
      searchString: route.method,
      positionalConstraint: 'EXACTLY',
      textTransformations: [{ priority: 0, type: 'NONE' }],
    },
  };
  return { andStatement: { statements: [method, pathStartsWith(pathPrefixOf(route))] } };
}

/** A route's path up to its first parameter. */
const pathPrefixOf = (route: Route) => (route.path.includes('{') ? route.path.slice(0, route.path.indexOf('{')) : route.path);

function anyOf(statements: Statement[]): Statement {
  if (statements.length === 0) throw new Error('no limited routes');
  return statements.length === 1 ? statements[0]! : { orStatement: { statements } };
}

function visibility(metricName: string): CfnWebACL.VisibilityConfigProperty {
  // Sampled requests would keep client addresses and URLs with tokens.
  return { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: false };
}
