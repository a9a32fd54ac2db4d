#pragma once

#include "sandbox/http/HttpResponse.h"

#include <memory>

namespace MentorDesk::Sandbox {

// The answer channel of one request. Movable, so a response can be written later (delays); one of send(),
// sendTruncated() or drop() answers it, later calls do nothing. Safe to use after the client went away.
// Implemented in HttpServer.cpp, the only file that knows which QtHttpServer version is in use.
class HttpResponder
{
public:
    HttpResponder();
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    ~HttpResponder();

    bool isConnected() const;
    void send(const HttpResponse &response);
    // Announces the full Content-Length, writes about half of the body, then closes the connection.
    void sendTruncated(const HttpResponse &response);
    // Closes the connection without any response (a "dropped connection").
    void drop();

    struct Private;

private:
    friend class HttpServer;
    std::unique_ptr<Private> d;
};

} // namespace MentorDesk::Sandbox
