package mx.ventanilla.reporting.model;

import mx.ventanilla.correspondence.model.ListedTurn;

/**
 * One line of an inbox page as the API shows it: the row (order, keyset position, light) and the whole turn, both read
 * by the same query.
 *
 * @param row  the inbox row
 * @param turn the turn the row stands for, with its item's confidentiality and grants
 */
public record InboxTurn(TurnRow row, ListedTurn turn) {
}
