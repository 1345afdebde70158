import { TimeZone, type Stack } from 'aws-cdk-lib';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { ScheduleTargetBase, type ScheduleTargetBaseProps } from 'aws-cdk-lib/aws-scheduler-targets';
import { scheduledJobs } from '#routes';
import { pascalCase, TIME_ZONE } from './naming';
import type { FunctionName } from './permissions';

/** EventBridge Scheduler: each scheduled job of the route table, in Amsterdam time. */
export function createSchedules(stack: Stack, functions: Record<FunctionName, NodejsFunction>): void {
  for (const [name, job] of Object.entries(scheduledJobs)) {
    const id = pascalCase(name);
    new Schedule(stack, `${id}Schedule`, {
      description: job.description,
      // The zone matters for cron() and at() expressions (a daily sweep at local
      // time); rate() ignores it.
      schedule: ScheduleExpression.expression(job.schedule, TimeZone.of(TIME_ZONE)),
      // No retries by the scheduler: the next run picks up whatever this one left.
      target: new InvokeFunction(functions[name as FunctionName], { retryAttempts: 0 }),
    });
  }
}

/**
 * Like LambdaInvoke from aws-scheduler-targets, but the scheduler's role may invoke
 * the unqualified function only: LambdaInvoke uses grantInvoke, which also allows
 * `<function arn>:*` (every version and alias) and so needs an IAM5 acknowledgement.
 */
class InvokeFunction extends ScheduleTargetBase {
  private readonly fn: IFunction;

  constructor(fn: IFunction, props: ScheduleTargetBaseProps = {}) {
    super(props, fn.functionArn);
    this.fn = fn;
  }

  protected override addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.fn.functionArn] }));
  }
}
