#pragma once

#include "ApiClient.h"
#include "ServerProcess.h"

#include <QString>

#include <memory>

// The server most API tests share: a leader of Børn og Unge/PPR (lea), a caseworker in its sub-unit
// Børn og Unge/PPR/Syd (bo) and a caseworker in another tree, Social/Handicap (cai), each logged in.
struct ThreeUserServer final
{
    // Prepares and starts the server on `backend`; false with `error` when a step fails.
    bool start(const QString& backend, QString* error);
    void stop();

    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<ApiClient> leader;
    std::unique_ptr<ApiClient> caseworker;
    std::unique_ptr<ApiClient> outsider;
};
