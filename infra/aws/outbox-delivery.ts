import { Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { PENDING_OUTBOX } from '#adapters/table-design';
import { failureQueue, pascalCase, SERVICE_NAME } from './naming';
import type { FunctionName } from './permissions';

/** The outbox stream (table stream to the delivering function, with a dead-letter queue) and the alarms on mail that fails. */
export function createOutboxDelivery(stack: Stack, deps: { table: Table; functions: Record<FunctionName, NodejsFunction> }): void {
  const alarms = new Topic(stack, 'OperationsAlarms', {
    displayName: 'avg-verzoeken: mail that could not be delivered',
    masterKey: new Key(stack, 'AlarmTopicKey', { enableKeyRotation: true, description: 'Encrypts operations alarms', removalPolicy: RemovalPolicy.RETAIN }),
    enforceSSL: true,
  });
  const alarmEmail = stack.node.tryGetContext('alarmEmail') as string | undefined;
  if (alarmEmail) alarms.addSubscription(new EmailSubscription(alarmEmail));
  const deadLetters = failureQueue(stack, 'OutboxDeadLetters', 'the outbox stream');
  deps.functions['outbox-stream'].addEventSource(
    new DynamoEventSource(deps.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 10,
      maxBatchingWindow: Duration.seconds(1),
      retryAttempts: 5,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(deadLetters),
      // Whatever enters the pending index: a new outbox mail, or a submitted request whose mail is still inside it.
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual('INSERT') as unknown,
          dynamodb: { NewImage: { GSI3PK: { S: FilterRule.isEqual(PENDING_OUTBOX) as unknown } } },
        }),
      ],
    }),
  );
  const alarmOn = (id: string, description: string, metric: IMetric) =>
    new Alarm(stack, id, {
      alarmDescription: description,
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(alarms));
  alarmOn(
    'OutboxDeadLettersAlarm',
    'Outbox stream records ended in the dead-letter queue: their mails are still pending and the delivery job keeps retrying; look at the queue.',
    deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
  );
  alarmOn('OutboxStreamErrorsAlarm', 'The outbox stream function failed.', deps.functions['outbox-stream'].metricErrors({ period: Duration.minutes(5) }));
  // A mail that failed every attempt is marked failed (OUTBOX#FAILED); its log line raises this alarm.
  for (const name of ['outbox-stream', 'deliver-outbox', 'daily-sweep'] as const) {
    const filter = new MetricFilter(stack, `${pascalCase(name)}FailedMail`, {
      logGroup: deps.functions[name].logGroup,
      filterPattern: FilterPattern.all(FilterPattern.stringValue('$.message', '=', 'mail delivery failed'), FilterPattern.booleanValue('$.giveUp', true)),
      metricNamespace: SERVICE_NAME,
      metricName: 'MailFailed',
      metricValue: '1',
    });
    alarmOn(
      `${pascalCase(name)}FailedMailAlarm`,
      `A mail failed every attempt (${name}); it is listed under OUTBOX#FAILED.`,
      filter.metric({ period: Duration.minutes(5), statistic: 'Sum' }),
    );
  }
}
