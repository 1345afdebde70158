import { CfnOutput, Duration, Fn, SecretValue, type Stack } from 'aws-cdk-lib';
import type { HttpApi, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { ORIGIN_VERIFY_HEADER } from '#handlers/http/origin-verify';
import { HSTS_MAX_AGE_SECONDS } from '#handlers/http/responses';
import { pathTo } from '#routes';
import { acknowledge, acknowledgeDistribution } from './naming';

/**
 * CloudFront in front of the API, with the edge's WAF web ACL and the origin
 * secret the functions require. Returns the API origin and the headers policy
 * as well: the files distribution (files-edge.ts) shows a page of the API.
 */
export function createSite(
  stack: Stack,
  deps: { api: HttpApi; stage: HttpStage; originVerify: Secret; webAclArn: string; originSecretVersion?: string },
): { distribution: Distribution; apiOrigin: HttpOrigin; securityHeaders: ResponseHeadersPolicy } {
  const { api, stage, originVerify } = deps;
  // Every response carries HSTS and the basic security headers, also those that do not come from a
  // function (API Gateway's own errors, CloudFront's). Each page's CSP stays the function's own.
  const securityHeaders = new ResponseHeadersPolicy(stack, 'SecurityHeaders', {
    comment: 'avg-verzoeken: HSTS (preload-ready), nosniff, no framing, no referrer on every response',
    securityHeadersBehavior: {
      strictTransportSecurity: { accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS), includeSubdomains: true, preload: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
    },
  });
  // apiEndpoint is https://<id>.execute-api.<region>.amazonaws.com
  const origin = new HttpOrigin(Fn.select(2, Fn.split('/', api.apiEndpoint)), {
    protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    // CloudFront cannot read a secret at request time: the value is resolved at deploy. Naming the
    // version (-c originSecretVersion=) after a rotation makes the deploy update the header.
    customHeaders: {
      [ORIGIN_VERIFY_HEADER]: SecretValue.secretsManager(originVerify.secretArn, {
        jsonField: 'current',
        versionId: deps.originSecretVersion,
      }).unsafeUnwrap(),
    },
  });
  // The stylesheet and fonts: hashed names, no personal data, so cached (and compressed) at the edge.
  const assets = `${pathTo('asset', { file: '' })}*`;
  const distribution = new Distribution(stack, 'Distribution', {
    comment: 'avg-verzoeken: the public site and portal, behind the WAF per-client limit',
    additionalBehaviors: {
      [assets]: {
        origin,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: securityHeaders,
      },
    },
    defaultBehavior: {
      origin,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      // Pages hold personal data and the functions send no-store: nothing is cached at the edge.
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: securityHeaders,
    },
    webAclId: deps.webAclArn,
    httpVersion: HttpVersion.HTTP2_AND_3,
    priceClass: PriceClass.PRICE_CLASS_100,
  });
  acknowledgeDistribution(distribution);
  acknowledge(
    distribution,
    'AwsSolutions-CFR3',
    'CloudFront access logs would hold client addresses and full URLs with confirmation and status tokens; the API stage logs route templates without addresses.',
  );

  new CfnOutput(stack, 'ApiUrl', { value: stage.url, description: 'The HTTP API itself: refuses requests that did not come through CloudFront' });
  new CfnOutput(stack, 'SiteUrl', {
    value: `https://${distribution.distributionDomainName}`,
    description: 'The public site and portal (set publicBaseUrl to this or to your domain)',
  });
  return { distribution, apiOrigin: origin, securityHeaders };
}
