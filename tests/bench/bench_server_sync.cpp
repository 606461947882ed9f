// Load benchmark of akta-server: N concurrent simulated desktops doing incremental syncs (push one
// change, pull what changed since their cursor) against one real server on this machine, with the
// health endpoint under the same load as the reference from the same run.
//
//   bench_server_sync [--clients 200] [--rounds 20] [--threads 256] [--keep-alive yes|no] [--db
//   postgresql://...]
//
// Prints one JSON object: latency p50/p95/p99 in ms for sync rounds and for the reference, errors,
// requests per second. Users are spread over 20 units, so each pull brings the changes of ~10 others.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <csignal>
#include <cstdio>
#include <numeric>
#include <thread>
#include <vector>

namespace {

struct Options
{
    int clients = 200;
    int rounds = 20;
    int threads = 256;
    bool keepAlive = true;
    QString db;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) {
        return ms.empty()
                   ? 0.0
                   : ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))];
    };
    return {{QStringLiteral("count"), static_cast<qint64>(ms.size())},
            {QStringLiteral("p50"), at(0.50)},
            {QStringLiteral("p95"), at(0.95)},
            {QStringLiteral("p99"), at(0.99)}};
}

int runServerCommand(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_SERVER_PATH), args);
    process.waitForFinished(120000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Reports the first failures on stderr: what went wrong, not only how often.
bool ok(const httplib::Result& result)
{
    static std::atomic<int> reported{0};
    if (result && result->status == 200) {
        return true;
    }
    if (reported.fetch_add(1) < 10) {
        const std::string what =
            result ? "HTTP " + std::to_string(result->status) : httplib::to_string(result.error());
        std::fprintf(stderr, "failed: %s\n", what.c_str());
    }
    return false;
}

struct Phase
{
    std::vector<std::vector<double>> latencies;
    std::vector<int> errors; // per client
    double seconds = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
#ifndef Q_OS_WIN
    std::signal(SIGPIPE, SIG_IGN);
#endif
    Options options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--clients")) {
            options.clients = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--rounds")) {
            options.rounds = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--threads")) {
            options.threads = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--keep-alive")) {
            options.keepAlive = args[i + 1] != QLatin1String("no");
        } else if (args[i] == QLatin1String("--db")) {
            options.db = args[i + 1];
        }
    }
    QTextStream err(stderr);
    QTemporaryDir dir;
    QStringList storage{QStringLiteral("--data"), dir.filePath(QStringLiteral("data"))};
    if (!options.db.isEmpty()) {
        storage << QStringLiteral("--db") << options.db;
    }
    QFile password(dir.filePath(QStringLiteral("password")));
    password.open(QIODevice::WriteOnly);
    password.write("bench password\n");
    password.close();
    err << "adding " << options.clients << " users..." << Qt::endl;
    for (int i = 0; i < options.clients; ++i) {
        if (runServerCommand(QStringList{QStringLiteral("user"), QStringLiteral("add")} + storage +
                             QStringList{QStringLiteral("--user"), QStringLiteral("u%1").arg(i),
                                         QStringLiteral("--password-file"), password.fileName(),
                                         QStringLiteral("--unit"),
                                         QStringLiteral("Kommune/Enhed %1").arg(i % 20)}) != 0) {
            err << "user add failed" << Qt::endl;
            return 1;
        }
    }
    QProcess server;
    server.setStandardErrorFile(dir.filePath(QStringLiteral("server.log")));
    server.start(QStringLiteral(AKTA_SERVER_PATH),
                 storage + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--threads"), QString::number(options.threads)});
    int port = 0;
    for (int attempt = 0; attempt < 600 && port == 0; ++attempt) {
        QThread::msleep(50);
        QFile log(dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        for (const QByteArray& line : log.readAll().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("listening")) {
                port = event.value(QStringLiteral("port")).toInt();
            }
        }
    }
    if (port == 0) {
        err << "the server did not start" << Qt::endl;
        return 1;
    }

    // Log in and create one case per client (not measured).
    std::vector<std::string> tokens(static_cast<size_t>(options.clients));
    std::vector<QString> cases(static_cast<size_t>(options.clients));
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = t; i < options.clients; i += 8) {
                    httplib::Client client("127.0.0.1", port);
                    // Argon2id logins of 200 users on a loaded machine can take longer than the default 5 s.
                    client.set_read_timeout(60, 0);
                    const auto login =
                        client.Post("/api/v1/login",
                                    QStringLiteral(R"({"username": "u%1", "password": "bench password"})")
                                        .arg(i)
                                        .toStdString(),
                                    "application/json");
                    if (!login || login->status != 200) {
                        std::fprintf(stderr, "login of u%d failed\n", i);
                        continue;
                    }
                    tokens[static_cast<size_t>(i)] =
                        QJsonDocument::fromJson(QByteArray::fromStdString(login->body))
                            .object()
                            .value(QStringLiteral("token"))
                            .toString()
                            .toStdString();
                    cases[static_cast<size_t>(i)] = newId();
                    const QJsonObject body{
                        {QStringLiteral("operations"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("opId"), newId()},
                             {QStringLiteral("entity"), QStringLiteral("case")},
                             {QStringLiteral("id"), cases[static_cast<size_t>(i)]},
                             {QStringLiteral("baseRev"), 0},
                             {QStringLiteral("fields"),
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("Sag %1").arg(i)},
                                          {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")}}}}}}};
                    client.Post(
                        "/api/v1/push", {{"Authorization", "Bearer " + tokens[static_cast<size_t>(i)]}},
                        QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
    }

    // One measured phase: every client runs `rounds` times `work`, all starting together.
    const auto runPhase = [&](const std::function<bool(httplib::Client&, int, int, qint64&)>& work) {
        Phase phase;
        phase.latencies.resize(static_cast<size_t>(options.clients));
        phase.errors.resize(static_cast<size_t>(options.clients));
        std::barrier start(options.clients + 1);
        std::vector<std::thread> threads;
        for (int i = 0; i < options.clients; ++i) {
            threads.emplace_back([&, i] {
                httplib::Client client("127.0.0.1", port);
                client.set_read_timeout(60, 0);
                client.set_keep_alive(options.keepAlive);
                qint64 cursor = 0;
                start.arrive_and_wait();
                for (int round = 0; round < options.rounds; ++round) {
                    QElapsedTimer timer;
                    timer.start();
                    const bool ok = work(client, i, round, cursor);
                    phase.latencies[static_cast<size_t>(i)].push_back(
                        static_cast<double>(timer.nsecsElapsed()) / 1e6);
                    if (!ok) {
                        ++phase.errors[static_cast<size_t>(i)];
                    }
                }
            });
        }
        QElapsedTimer wall;
        start.arrive_and_wait();
        wall.start();
        for (auto& thread : threads) {
            thread.join();
        }
        phase.seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        return phase;
    };
    const auto summary = [&](Phase& phase, int requestsPerRound) {
        std::vector<double> all;
        for (const auto& list : phase.latencies) {
            all.insert(all.end(), list.begin(), list.end());
        }
        QJsonObject object = percentiles(all);
        object.insert(QStringLiteral("errors"), std::accumulate(phase.errors.begin(), phase.errors.end(), 0));
        object.insert(QStringLiteral("seconds"), phase.seconds);
        object.insert(QStringLiteral("requestsPerSecond"),
                      static_cast<double>(all.size() * static_cast<size_t>(requestsPerRound)) /
                          phase.seconds);
        return object;
    };

    err << "reference: health under the same load..." << Qt::endl;
    Phase health = runPhase([](httplib::Client& client, int, int, qint64&) {
        const auto first = client.Get("/api/v1/health");
        const auto second = client.Get("/api/v1/health");
        return ok(first) && ok(second);
    });
    err << "incremental syncs..." << Qt::endl;
    Phase sync = runPhase([&](httplib::Client& client, int i, int round, qint64& cursor) {
        const httplib::Headers auth{{"Authorization", "Bearer " + tokens[static_cast<size_t>(i)]}};
        const QJsonObject body{
            {QStringLiteral("operations"),
             QJsonArray{QJsonObject{{QStringLiteral("opId"), newId()},
                                    {QStringLiteral("entity"), QStringLiteral("case")},
                                    {QStringLiteral("id"), cases[static_cast<size_t>(i)]},
                                    {QStringLiteral("baseRev"), round + 1},
                                    {QStringLiteral("fields"),
                                     QJsonObject{{QStringLiteral("title"),
                                                  QStringLiteral("Sag %1 runde %2").arg(i).arg(round)}}}}}}};
        const auto push =
            client.Post("/api/v1/push", auth,
                        QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
        bool good = ok(push);
        bool more = true;
        while (good && more) {
            const auto pull = client.Get(("/api/v1/changes?since=" + std::to_string(cursor)).c_str(), auth);
            good = ok(pull);
            if (good) {
                const QJsonObject page =
                    QJsonDocument::fromJson(QByteArray::fromStdString(pull->body)).object();
                cursor = page.value(QStringLiteral("cursor")).toInteger();
                more = page.value(QStringLiteral("more")).toBool();
            }
        }
        return good;
    });
    server.terminate();
    server.waitForFinished(60000);
    const QJsonObject result{{QStringLiteral("backend"),
                              options.db.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
                             {QStringLiteral("clients"), options.clients},
                             {QStringLiteral("rounds"), options.rounds},
                             {QStringLiteral("serverThreads"), options.threads},
                             {QStringLiteral("keepAlive"), options.keepAlive},
                             {QStringLiteral("incrementalSyncMs"), summary(sync, 2)},
                             {QStringLiteral("referenceHealthTwiceMs"), summary(health, 2)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return std::accumulate(sync.errors.begin(), sync.errors.end(), 0) == 0 ? 0 : 1;
}
