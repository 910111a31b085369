// Starts GraphiQL against this server's API. Headers typed in the Headers tab (such as the bearer token) are kept
// only for this page's lifetime, never in the browser's storage.
(function () {
    'use strict';

    var defaultQuery = [
        '# Ventanilla GraphQL API',
        '#',
        '# Operations that need a signed-in user take a bearer token. Open the Headers tab',
        '# below and paste:',
        '#   {"Authorization": "Bearer <access token>"}',
        '',
        '{',
        '  apiVersion',
        '}',
        ''
    ].join('\n');

    var root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher({url: '/graphql'}),
        defaultQuery: defaultQuery,
        defaultEditorToolsVisibility: 'headers',
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false
    }));
}());
