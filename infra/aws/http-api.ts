import { type Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { RemovalPolicy } from 'aws-cdk-lib';
import { routes } from '#routes';
import { acknowledge, pascalCase, SERVICE_NAME } from './naming';
import type { FunctionName } from './permissions';

/** The HTTP API: one route per entry of the route table, throttled, with access logs that hold no personal data. */
export function createHttpApi(stack: Stack, functions: Record<FunctionName, NodejsFunction>): { api: HttpApi; stage: HttpStage } {
  const api = new HttpApi(stack, 'HttpApi', {
    apiName: SERVICE_NAME,
    description: 'Public form and API for AVG privacy-rights requests',
    createDefaultStage: false,
  });
  const accessLogs = new LogGroup(stack, 'ApiAccessLogs', {
    retention: RetentionDays.ONE_YEAR,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const stage = new HttpStage(stack, 'DefaultStage', {
    httpApi: api,
    stageName: '$default',
    autoDeploy: true,
    throttle: { rateLimit: 50, burstLimit: 100 },
    accessLogSettings: {
      destination: new LogGroupLogDestination(accessLogs),
      // No personal data: the route template instead of the path (which carries
      // confirmation tokens), and no source IP or user agent.
      format: AccessLogFormat.custom(
        JSON.stringify({
          requestId: '$context.requestId',
          requestTime: '$context.requestTimeEpoch',
          routeKey: '$context.routeKey',
          status: '$context.status',
          responseLength: '$context.responseLength',
          responseLatency: '$context.responseLatency',
          integrationStatus: '$context.integrationStatus',
          integrationLatency: '$context.integrationLatency',
        }),
      ),
    },
  });

  const integrations = new Map<FunctionName, HttpLambdaIntegration>();
  for (const route of routes) {
    let integration = integrations.get(route.handler);
    if (!integration) {
      integration = new HttpLambdaIntegration(`${pascalCase(route.handler)}Integration`, functions[route.handler]);
      integrations.set(route.handler, integration);
    }
    const [httpRoute] = api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
    if (route.auth === 'public' && httpRoute) {
      acknowledge(httpRoute, 'AwsSolutions-APIG4', 'Public route by design (anonymous request form, e-mail confirmation, status link, portal sign-in).');
    }
    if (route.auth === 'portal' && httpRoute) {
      acknowledge(
        httpRoute,
        'AwsSolutions-APIG4',
        'The function verifies the session cookie (Cognito ID token) on every request (portalHandler); a JWT authorizer cannot read cookies, and no authorizer can answer a GET with the redirect to sign-in.',
      );
    }
  }
  return { api, stage };
}
