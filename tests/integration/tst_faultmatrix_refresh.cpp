// The fault matrix, refresh (README "Fault matrix"): renewing the access token with the refresh token at the demo
// tenant's token endpoint, through every failure the network and the identity service produce, over real loopback
// HTTP. The session is real: signed in through the loopback listener, its tokens in the real keychain (gnome-keyring
// on the test's private D-Bus session). It renews the two ways the app does: a Graph request is answered 401, and
// the timer fires before the access token runs out. Each cell asserts that nothing crashes; that when the renewal
// does not recover on its own the user gets a translated sentence without raw error text, asking to sign in again
// only when the grant is gone; that after a passing fault the account and the refresh token are still there, in
// memory and in the keychain, and the next renewal works once the fault is gone; that after invalid_grant no token
// is kept and signing in again works; that no token ever reaches the log; and that one renewal never makes more token
// requests than the retry policy's attempts.
#include "core/auth/KeychainSecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/common/Clock.h"
#include "core/common/LogRedaction.h"
#include "core/config/AppConfig.h"
#include "core/graph/GraphClient.h"
#include "core/graph/jobs/GetMeJob.h"
#include "sandbox/SandboxServer.h"
#include "support/FaultMatrix.h"
#include "support/Platform.h"
#include "support/SandboxFixture.h"
#include "support/TestBrowser.h"
#include "support/UserMessageCheck.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

enum class Trigger {
    Unauthorized, // a Graph request is answered 401: the session renews, the request goes again
    Expiry, // the renewal timer, a tenth of the lifetime before the access token runs out
};

QString triggerName(Trigger trigger)
{
    return trigger == Trigger::Unauthorized ? u"refresh on a 401"_s : u"refresh before expiry"_s;
}

// The German for "Sign in again" in every sentence that asks for it (translations/mentordesk_de.ts).
const QString kSignInAgain = u"Melden Sie sich erneut an"_s;

// A fault kind: the control request's fields besides path and method. Extra keys the test reads itself:
// "revoke" (revoke every refresh token through the control endpoint instead of a fault), "everywhere" (the fault
// hits every path: the network is down), "clockJump" (seconds, once the first token request has failed).
struct FaultKind
{
    QString name;
    QJsonObject fault;
};

QList<FaultKind> faultKinds()
{
    return {
        {u"429 Retry-After seconds"_s, {{"status"_L1, 429}, {"retryAfter"_L1, 1}}},
        {u"429 Retry-After date"_s, {{"status"_L1, 429}, {"retryAfter"_L1, 1}, {"retryAfterFormat"_L1, u"httpDate"_s}}},
        // Longer than the job waits (GraphRetryPolicy::maxRetryAfter): the user is told at once, nothing sleeps.
        {u"429 Retry-After 10 minutes"_s, {{"status"_L1, 429}, {"retryAfter"_L1, 600}}},
        {u"503"_s, {{"status"_L1, 503}}},
        {u"504"_s, {{"status"_L1, 504}}},
        {u"reset before sent"_s, {{"type"_L1, u"drop"_s}}},
        {u"reset after sent"_s, {{"type"_L1, u"drop"_s}, {"when"_L1, u"after"_s}}},
        {u"transfer timeout"_s, {{"type"_L1, u"delay"_s}, {"delayMs"_L1, 2500}}},
        {u"truncated body"_s, {{"type"_L1, u"truncate"_s}, {"when"_L1, u"after"_s}}},
        {u"malformed JSON"_s, {{"type"_L1, u"malformed"_s}, {"when"_L1, u"after"_s}}},
        {u"HTML proxy page"_s, {{"status"_L1, 502}, {"body"_L1, u"html"_s}}},
        // The grant is gone: Entra answers 400 invalid_grant with its AADSTS code.
        {u"invalid_grant, revoked (AADSTS70000)"_s, {{"revoke"_L1, true}}},
        {u"invalid_grant, expired (AADSTS70008)"_s, {{"aadsts"_L1, 70008}}},
        {u"invalid_grant, password changed (AADSTS50173)"_s, {{"aadsts"_L1, 50173}}},
        {u"consent withdrawn (AADSTS65001)"_s, {{"aadsts"_L1, 65001}}},
        // The machine loses its network: nothing gets through, the sign-in service included; later it comes back.
        {u"network down, then back"_s, {{"type"_L1, u"drop"_s}, {"count"_L1, 100}, {"everywhere"_L1, true}}},
        // The clock jumps while a first attempt failed (503) and a retry is due: forward, and back. The new expiry
        // is computed from the clock as it is then.
        {u"clock jumps an hour forward"_s, {{"status"_L1, 503}, {"clockJump"_L1, 3600}}},
        {u"clock jumps an hour back"_s, {{"status"_L1, 503}, {"clockJump"_L1, -3600}}},
    };
}

// The wall clock as the system reports it, which a user (or NTP, or a resumed laptop) may move by an hour.
class JumpingClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    void jump(qint64 seconds) { m_offsetSeconds += seconds; }

private:
    qint64 m_offsetSeconds = 0;
};

// A real network manager that keeps every token the token endpoint hands out (peek() leaves the answer to the
// session), so the test knows the raw access and refresh tokens that must never be logged.
class TokenPeekingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    QStringList issuedTokens;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (request.url().path().endsWith(u"/token"_s)) {
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                if (!reply->isOpen()) // aborted (a transfer timeout): nothing arrived
                    return;
                const QJsonObject json = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
                for (const char *name : {"id_token", "access_token", "refresh_token"}) {
                    const QString token = json.value(QLatin1StringView(name)).toString();
                    if (!token.isEmpty())
                        issuedTokens << token;
                }
            });
        }
        return reply;
    }
};

QStringList g_log; // every message any category wrote, after LogRedaction as in the app
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestFaultMatrixRefresh : public QObject
{
    Q_OBJECT

private:
    UserMessageCheck m_messages;
    FaultMatrix m_matrix;
    GraphRetryPolicy m_policy;
    std::unique_ptr<KeychainSecretBackend> m_keychain;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<TokenPeekingNetworkAccessManager> m_network;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<JumpingClock> m_clock;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<GraphClient> m_client;
    QString m_accountKey;
    bool m_delayed = false;
    int m_userMessages = 0; // cells whose renewal ended in a message to the user (the rest recovered alone)

    QString tokenPath() const { return m_sandbox->authority().path() + u"/oauth2/v2.0/token"_s; }

    AppConfig config() const
    {
        AppConfig c;
        // Not flagged as the demo tenant: the session persists to the keychain as for a real organisation.
        c.clientId = m_sandbox->server().clientId();
        c.authorityOverride = m_sandbox->authority();
        c.graphUrlOverride = m_sandbox->server().graphBaseUrl();
        c.staySignedIn = true;
        return c;
    }

    // Token requests with the refresh token the demo tenant saw, those a fault hit included.
    int refreshRequests() const { return m_sandbox->tokenRequests(u"refresh_token"_s); }

    // What the keychain holds for the account, read through the session's own store, so after its pending saves.
    std::optional<StoredSession> stored()
    {
        struct Answer
        {
            bool done = false;
            std::optional<StoredSession> session;
        };
        auto answer = std::make_shared<Answer>();
        m_store->load(m_accountKey, [answer](const std::optional<StoredSession> &session, const AuthError &) {
            answer->session = session;
            answer->done = true;
        });
        QElapsedTimer waited;
        waited.start();
        while (!answer->done && waited.elapsed() < 15000)
            QTest::qWait(10);
        return answer->session;
    }

    QString storedRefreshToken()
    {
        const std::optional<StoredSession> session = stored();
        return session ? session->tokens.refreshToken : QString();
    }

    bool signIn()
    {
        QSignalSpy finished(m_session.get(), &Session::signInFinished);
        m_session->signIn();
        if (!finished.wait(20000) || finished.size() != 1)
            return false;
        const SignInResult result = finished.first().at(1).value<SignInResult>();
        return result.succeeded() && m_session->state() == Session::State::SignedIn && m_session->hasRefreshToken();
    }

    // GET /me through the session, as any feature asks Graph; answered 401 once first when the session hands out a
    // token, so it renews either way.
    // The next GET /me is answered 401, as when Entra revoked the access token mid-session.
    void armUnauthorized()
    {
        if (!m_session->accessToken().isEmpty())
            m_sandbox->addFault({{"path"_L1, u"/v1.0/me"_s}, {"method"_L1, u"GET"_s}, {"type"_L1, u"expiredToken"_s}});
    }

    GetMeJob *startGetMe(bool armed = false)
    {
        if (!armed)
            armUnauthorized();
        auto *job = new GetMeJob(m_client.get(), m_client.get());
        job->setAutoDelete(false);
        job->start();
        return job;
    }

    static bool waitFor(GraphJob *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &GraphJob::finished);
        return job->isFinished() || (finished.wait(timeoutMs) && finished.size() == 1);
    }

    // Once the fault is gone, the operation works: a Graph request that needs a new token gets one, with one token
    // request, and the keychain then holds the newest refresh token.
    QString renewsAgain(const QString &refreshTokenBefore)
    {
        m_sandbox->clearFaults();
        const int before = refreshRequests();
        GetMeJob *job = startGetMe();
        if (!waitFor(job))
            return u"the request after the fault never finished"_s;
        if (!job->result().isOk())
            return u"the request after the fault failed: "_s + job->result().userMessage();
        if (job->profile().userPrincipalName != m_sandbox->server().mentorUpn())
            return u"the request after the fault read someone else's profile"_s;
        if (refreshRequests() != before + 1)
            return u"the renewal after the fault took %1 token requests"_s.arg(refreshRequests() - before);
        if (m_session->state() != Session::State::SignedIn || !m_session->hasRefreshToken())
            return u"the session is not signed in with a refresh token after renewing"_s;
        const QString now = storedRefreshToken();
        if (now.isEmpty() || now == refreshTokenBefore)
            return u"the keychain does not hold the renewed refresh token"_s;
        return {};
    }

    QString leakedToken() const
    {
        QStringList secrets = m_network->issuedTokens;
        if (!m_session->accessToken().isEmpty())
            secrets << m_session->accessToken();
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &secret : std::as_const(secrets)) {
                if (secret.size() > 16 && line.contains(secret))
                    return line.left(160);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void cell_data();
    void cell();
};

void TestFaultMatrixRefresh::initTestCase()
{
    MENTORDESK_REQUIRE_SECRET_SERVICE(false);
    QVERIFY(m_messages.install());
    g_previousHandler = qInstallMessageHandler(captureLog);
    LogRedaction::install(); // as main() does: in front of whatever writes the log
    m_keychain = std::make_unique<KeychainSecretBackend>(u"io.mentordesk.MentorDesk.faultmatrix-refresh-test"_s);
    m_policy.initialBackoff = std::chrono::milliseconds(50);
    m_policy.maxBackoff = std::chrono::milliseconds(400);
}

void TestFaultMatrixRefresh::init()
{
    QFETCH(int, trigger);
    Sandbox::SandboxOptions options; // the real clock: the id_token is checked against it
    options.autoConsent = true;
    // Renewing before expiry: a three-second sign-in, so the timer fires soon; every later token lives an hour.
    if (Trigger(trigger) == Trigger::Expiry)
        options.tokenLifetimeSeconds = 3;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    m_network = std::make_unique<TokenPeekingNetworkAccessManager>();
    m_browser = std::make_unique<TestBrowser>();
    m_clock = std::make_unique<JumpingClock>();
    m_store = std::make_unique<TokenStore>(m_keychain.get());
    m_session = std::make_unique<Session>(config(), m_network.get(), m_browser.get(), m_store.get(), m_clock.get());
    m_session->setRefreshRetryPolicy(m_policy);
    m_session->setRefreshTransferTimeout(std::chrono::milliseconds(1000));
    m_client = std::make_unique<GraphClient>(m_network.get(), m_session.get(), m_sandbox->server().graphBaseUrl());
    m_client->setClock(m_clock.get());
    m_client->setRetryPolicy(m_policy);
    m_client->setTransferTimeout(std::chrono::milliseconds(1000));
    m_delayed = false;
    g_log.clear();

    QVERIFY(signIn());
    m_accountKey = m_session->account().key();
    m_sandbox->setConfig({{"tokenLifetimeSeconds"_L1, 3600}});
    QVERIFY(!storedRefreshToken().isEmpty()); // "Stay signed in": the refresh token is in the keychain
    QVERIFY(m_store->isPersistent());
}

void TestFaultMatrixRefresh::cleanup()
{
    m_matrix.recordTag(QString::fromUtf8(QTest::currentDataTag()), !QTest::currentTestFailed());
    if (m_delayed) // let the demo tenant answer a delayed reply before it goes (Qt 6.8 QHttpServerResponder)
        QTest::qWait(2000);
    if (m_session && m_session->account().isValid()) {
        // Leave the keychain as it was: signing out removes every entry of the account.
        QSignalSpy signedOut(m_session.get(), &Session::signedOut);
        m_session->signOut();
        QVERIFY(signedOut.wait(15000));
    }
    m_client.reset();
    m_session.reset();
    m_store.reset();
    m_browser.reset();
    m_network.reset();
    m_sandbox.reset();
    m_clock.reset();
}

void TestFaultMatrixRefresh::cleanupTestCase()
{
    qInfo().noquote() << m_matrix.table(u"Fault matrix, refresh (fault kind × operation)"_s);
    qInfo() << m_userMessages << "cells ended in a message to the user; the others recovered on their own";
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(m_userMessages > 0);
    QVERIFY2(m_matrix.failedCells().isEmpty(), qPrintable(m_matrix.failedCells().join(u", "_s)));
}

void TestFaultMatrixRefresh::cell_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("trigger");
    for (const FaultKind &kind : faultKinds()) {
        for (Trigger trigger : {Trigger::Unauthorized, Trigger::Expiry})
            QTest::newRow(qPrintable(kind.name + u'/' + triggerName(trigger))) << kind.fault << int(trigger);
    }
}

void TestFaultMatrixRefresh::cell()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, trigger);
    const auto how = Trigger(trigger);

    const bool revoke = fault.take("revoke"_L1).toBool();
    const bool everywhere = fault.take("everywhere"_L1).toBool();
    const qint64 clockJump = fault.take("clockJump"_L1).toInteger();
    const bool grantGone = revoke || fault.contains("aadsts"_L1);
    const bool singleFault = !fault.isEmpty() && fault.value("count"_L1).toInt(1) == 1;
    const QString refreshTokenBefore = storedRefreshToken();
    QVERIFY(!refreshTokenBefore.isEmpty());
    const int requestsBefore = refreshRequests();

    if (clockJump != 0) {
        // Once the first token request has failed, whatever waits for the retry sees the clock jump.
        auto jumped = std::make_shared<bool>(false);
        connect(m_network.get(), &QNetworkAccessManager::finished, m_network.get(),
                [this, jumped, clockJump](QNetworkReply *reply) {
                    if (reply->url().path() == tokenPath() && !std::exchange(*jumped, true))
                        m_clock->jump(clockJump);
                });
    }
    QSignalSpy required(m_session.get(), &Session::reauthenticationRequired);
    QSignalSpy states(m_session.get(), &Session::stateChanged);
    // The 401 is armed before the fault under test, and the demo tenant takes the first fault that matches, so even a
    // fault on every path answers the renewal, not the request. Both are armed before the request starts: arming is
    // itself an HTTP round trip, during which an already started request could renew unhindered.
    if (how == Trigger::Unauthorized)
        armUnauthorized();
    if (revoke) {
        QCOMPARE(m_sandbox->postJson(m_sandbox->url(u"/_sandbox/revoke-refresh-tokens"_s), {}).status, 200);
    } else {
        fault.insert("path"_L1, everywhere ? u"/"_s : tokenPath());
        if (!everywhere)
            fault.insert("method"_L1, u"POST"_s);
        m_delayed = fault.value("type"_L1) == u"delay"_s;
        QVERIFY(!m_sandbox->addFault(fault).isEmpty());
    }
    GetMeJob *job = how == Trigger::Unauthorized ? startGetMe(true) : nullptr;
    QElapsedTimer sinceArmed;
    sinceArmed.start();

    // The first outcome: the request finished (or waits for a sign-in), or the timer's renewal ended.
    if (how == Trigger::Unauthorized) {
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished() || !required.isEmpty(), 30000);
    } else {
        const auto renewalEnded = [&states] {
            bool refreshing = false;
            for (const QList<QVariant> &change : states) {
                const auto state = change.first().value<Session::State>();
                if (state == Session::State::Refreshing)
                    refreshing = true;
                else if (refreshing)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(renewalEnded(), 30000);
    }
    if (m_delayed) // the held request reaches the token endpoint (and is counted) when its delay is over
        QTest::qWait(std::max<qint64>(0, 2700 - sinceArmed.elapsed()));
    const int attempts = refreshRequests() - requestsBefore;
    QVERIFY2(attempts <= m_policy.maxAttempts, qPrintable(u"%1 token requests for one renewal"_s.arg(attempts)));
    if (singleFault)
        QVERIFY2(m_sandbox->server().stateSnapshot().value("faults"_L1).toArray().isEmpty(),
                 "the fault never hit the renewal");

    if (grantGone) {
        // The grant is gone: no token is kept, in memory or in the keychain, and the user is asked to sign in again.
        QTRY_VERIFY_WITH_TIMEOUT(!required.isEmpty(), 10000);
        QCOMPARE(m_session->state(), Session::State::Expired);
        QVERIFY(m_session->accessToken().isEmpty());
        QVERIFY(!m_session->hasRefreshToken());
        QVERIFY(m_session->account().isValid()); // the sign-in again is for the same account (login_hint)
        const QString message = m_session->lastError().userMessage();
        const QString problem = m_messages.problem(message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(message.contains(kSignInAgain), qPrintable(message));
        ++m_userMessages;
        const std::optional<StoredSession> kept = stored();
        QVERIFY(kept);
        QCOMPARE(kept->account.key(), m_accountKey);
        QVERIFY(kept->tokens.refreshToken.isEmpty());
        QVERIFY(kept->tokens.accessToken.isEmpty());
        if (job)
            QVERIFY(!job->isFinished()); // the request waits for the sign-in, its work kept

        m_sandbox->clearFaults();
        QVERIFY(signIn());
        QCOMPARE(m_session->currentRound(), Session::Round::Reauthenticate);
        QCOMPARE(m_session->account().key(), m_accountKey);
        if (job) {
            QVERIFY(waitFor(job));
            QVERIFY2(job->result().isOk(), qPrintable(job->result().userMessage()));
        }
        const QString again = renewsAgain(refreshTokenBefore);
        QVERIFY2(again.isEmpty(), qPrintable(again));
    } else {
        // Before expiry: the three-second token is never handed out (Session keeps a margin); a renewed one is.
        const bool recovered
            = how == Trigger::Unauthorized ? job->result().isOk() : !m_session->accessToken().isEmpty();
        if (recovered) {
            QVERIFY(attempts >= 1);
            if (job)
                QCOMPARE(job->profile().userPrincipalName, m_sandbox->server().mentorUpn());
        } else {
            // Not recovered on its own: the user is told in a sentence that does not ask for a sign-in, and nothing
            // is lost.
            ++m_userMessages;
            const QString message = m_session->lastError().userMessage();
            const QString problem = m_messages.problem(message);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(!message.contains(kSignInAgain), qPrintable(message));
            if (job) {
                // What the feature that asked Graph shows.
                const QString graphMessage = job->result().userMessage();
                const QString graphProblem = m_messages.problem(graphMessage);
                QVERIFY2(graphProblem.isEmpty(), qPrintable(graphProblem));
                QVERIFY2(!graphMessage.contains(kSignInAgain), qPrintable(graphMessage));
            }
            QVERIFY(required.isEmpty());
            QCOMPARE(m_session->state(), Session::State::SignedIn);
            QVERIFY(m_session->hasRefreshToken());
            QCOMPARE(m_session->account().key(), m_accountKey);
            const std::optional<StoredSession> kept = stored();
            QVERIFY(kept);
            QCOMPARE(kept->account.key(), m_accountKey);
            QCOMPARE(kept->tokens.refreshToken, refreshTokenBefore);
            const QString again = renewsAgain(refreshTokenBefore);
            QVERIFY2(again.isEmpty(), qPrintable(again));
        }
        QVERIFY(required.isEmpty());
        // The keychain holds the newest refresh token (Entra rotates them) for the same account.
        // One read per try, both conditions on it: two reads could straddle the session's save.
        const auto rotated = [&] {
            const QString token = storedRefreshToken();
            return !token.isEmpty() && token != refreshTokenBefore;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rotated(), 10000);
    }
    if (clockJump != 0) {
        // The new expiry is an hour after the clock as it read when the answer came.
        const qint64 remaining = m_clock->nowUtc().secsTo(m_session->expiresAt());
        QVERIFY2(remaining > 3600 - 120 && remaining <= 3600, qPrintable(QString::number(remaining)));
        QVERIFY(!m_session->accessToken().isEmpty());
    }
    const QString leak = leakedToken();
    QVERIFY2(leak.isEmpty(), qPrintable(u"a log line holds a token: "_s + leak));
    QVERIFY(m_network->issuedTokens.size() >= 3); // the check saw real tokens
}

QTEST_GUILESS_MAIN(TestFaultMatrixRefresh)
#include "tst_faultmatrix_refresh.moc"
