import { define } from '../base/define-element';
import { AmicableInvoiceExplainer } from './invoice-explainer';

export { AmicableInvoiceExplainer };

define('amicable-invoice-explainer', AmicableInvoiceExplainer);
