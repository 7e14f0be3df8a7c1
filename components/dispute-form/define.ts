import { define } from '../base/define-element';
import { AmicableDisputeForm } from './dispute-form';

export { AmicableDisputeForm };

define('amicable-dispute-form', AmicableDisputeForm);
