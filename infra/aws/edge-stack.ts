import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { HSTS } from '#handlers/http/responses';
import { rateLimitedResponse } from '#handlers/http/rate-limit';
import { PER_CLIENT_LIMIT, type Route, routes } from '#routes';

/** A web ACL for CloudFront must live in us-east-1, whatever region the rest is in. */
export const EDGE_REGION = 'us-east-1';

export interface EdgeProtectionStackProps extends StackProps {
  /** Posts per client address per minute on the limited routes (WAF's lowest accepted limit is 10). */
  readonly rateLimitPerMinute: number;
}

type Statement = CfnWebACL.StatementProperty;
const OVER_LIMIT_LABEL = 'avg:over-limit';

/**
 * The edge in front of the site: a WAF web ACL (attached to the CloudFront
 * distribution of AvgVerzoekenStack) holding the per-client limit on the
 * limited routes of the route table, the same limit the local server applies.
 *
 * One rate rule counts a client's posts over all limited routes together and
 * labels them once the client is over the limit; two rules then answer the
 * labelled posts with the same Dutch 429 the functions use, as JSON on the API
 * and as a page elsewhere. The functions never see a refused post, and nothing
 * is counted in the table.
 */
export class EdgeProtectionStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeProtectionStackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: EDGE_REGION } });
    if (!Number.isInteger(props.rateLimitPerMinute) || props.rateLimitPerMinute < 10) {
      throw new Error(`rateLimitPerMinute must be a whole number of at least 10 (WAF's lowest limit), not ${props.rateLimitPerMinute}`);
    }
    const limited = routes.filter((route) => route.limited);
    const answer = (kind: NonNullable<Route['limited']>) => {
      const response = rateLimitedResponse(kind, PER_CLIENT_LIMIT.windowSeconds);
      // WAF sets the content type from the body's; the rest are the functions' own headers.
      const headers: Record<string, unknown> = { ...response.headers, 'strict-transport-security': HSTS };
      delete headers['content-type'];
      return {
        body: { contentType: kind === 'json' ? 'APPLICATION_JSON' : 'TEXT_HTML', content: String(response.body) },
        headers: Object.entries(headers).map(([name, value]) => ({ name, value: String(value) })),
      };
    };
    const page = answer('page');
    const json = answer('json');

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'avg-verzoeken per-client limit on public posts: form, API, confirmation, status answers',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('AvgVerzoekenEdge'),
      customResponseBodies: { TooManyPage: page.body, TooManyJson: json.body },
      rules: [
        {
          name: 'PerClientLimit',
          priority: 0,
          statement: {
            rateBasedStatement: {
              limit: props.rateLimitPerMinute,
              evaluationWindowSec: PER_CLIENT_LIMIT.windowSeconds,
              aggregateKeyType: 'IP',
              scopeDownStatement: anyOf(limited.map(routeMatch)),
            },
          },
          // Count and label only; the two rules below answer in the right format.
          action: { count: {} },
          ruleLabels: [{ name: OVER_LIMIT_LABEL }],
          visibilityConfig: visibility('PerClientLimit'),
        },
        overLimitRule(
          'OverLimitApi',
          1,
          limited.filter((route) => route.limited === 'json'),
          'TooManyJson',
          json.headers,
        ),
        overLimitRule(
          'OverLimitPage',
          2,
          limited.filter((route) => route.limited === 'page'),
          'TooManyPage',
          page.headers,
        ),
      ],
    });
    new CfnOutput(this, 'WebAclArn', { value: this.webAcl.attrArn });
  }
}

function overLimitRule(
  name: string,
  priority: number,
  routesOfKind: Route[],
  bodyKey: string,
  headers: Array<{ name: string; value: string }>,
): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: { andStatement: { statements: [{ labelMatchStatement: { scope: 'LABEL', key: OVER_LIMIT_LABEL } }, anyOf(routesOfKind.map(routeMatch))] } },
    action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: bodyKey, responseHeaders: headers } } },
    visibilityConfig: visibility(name),
  };
}

/** A route of the table as a WAF match: its method, and its path up to the first parameter. */
function routeMatch(route: Route): Statement {
  const parameter = route.path.indexOf('{');
  const path = parameter === -1 ? route.path : route.path.slice(0, parameter);
  const byteMatch = (field: CfnWebACL.FieldToMatchProperty, searchString: string, positionalConstraint: string): Statement => ({
    byteMatchStatement: { fieldToMatch: field, searchString, positionalConstraint, textTransformations: [{ priority: 0, type: 'NONE' }] },
  });
  return {
    andStatement: {
      statements: [byteMatch({ method: {} }, route.method, 'EXACTLY'), byteMatch({ uriPath: {} }, path, parameter === -1 ? 'EXACTLY' : 'STARTS_WITH')],
    },
  };
}

function anyOf(statements: Statement[]): Statement {
  if (statements.length === 0) throw new Error('no limited routes');
  return statements.length === 1 ? statements[0]! : { orStatement: { statements } };
}

function visibility(metricName: string): CfnWebACL.VisibilityConfigProperty {
  // Sampled requests would keep client addresses and URLs with tokens.
  return { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: false };
}
