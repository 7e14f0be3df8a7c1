import { define } from '../base/define-element';
import { AmicablePayNow } from './pay-now';

export { AmicablePayNow };

define('amicable-pay-now', AmicablePayNow);
