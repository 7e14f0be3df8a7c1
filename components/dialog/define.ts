import { define } from '../base/define-element';
import { AmicableDialog } from './dialog';

export { AmicableDialog };

define('amicable-dialog', AmicableDialog);
