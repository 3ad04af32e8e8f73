#!/usr/bin/env python3
"""Live game under load: PLAYERS guests join one game of QUESTIONS questions and answer each at a random moment
within the time limit, following the game by server-sent events as the page script does. Reports answers lost,
duplicates counted, the leaderboard against an independent recount, and the delay from "question closed" to each
player holding their result. Standard library only. Usage: game-load.py BASE_URL DATABASE [PLAYERS] [QUESTIONS]
[SECONDS]; run by game-load.sh, which starts the packaged app."""
import http.client
import math
import http.cookiejar
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

BASE, DATABASE = sys.argv[1], sys.argv[2]
PLAYERS = int(sys.argv[3]) if len(sys.argv) > 3 else 200
QUESTIONS = int(sys.argv[4]) if len(sys.argv) > 4 else 10
SECONDS = int(sys.argv[5]) if len(sys.argv) > 5 else 10
PASSWORD = "correct horse battery"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie jar and the CSRF token, like one browser."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    busy = 0  # pages answered 503 (every pooled connection busy), each tried again a second later

    def get(self, path):
        for _ in range(10):
            try:
                with self.opener.open(BASE + path, timeout=30) as response:
                    return response.read().decode()
            except urllib.error.HTTPError as e:
                if e.code != 503:
                    raise
                Browser.busy += 1
                time.sleep(1)
        raise RuntimeError(f"{path}: 503 ten times")

    def post(self, path, fields):
        """Posts a form with the CSRF token; returns the redirect's Location (every form answers 303)."""
        if self.cookie("csrf-token") is None:
            self.get("/play")
        data = list(fields) + [("csrf-token", self.cookie("csrf-token"))]
        request = urllib.request.Request(BASE + path, data=urllib.parse.urlencode(data).encode())
        try:
            with self.opener.open(request, timeout=30) as response:
                raise RuntimeError(f"{path}: {response.status} where a redirect was expected")
        except urllib.error.HTTPError as e:
            if e.code in (302, 303):
                return e.headers["Location"]
            raise RuntimeError(f"{path}: {e.code} {e.read().decode()[:300]}")

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)

    def cookie_header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


def sql(query):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-At", "-F", "\t", "-c", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def events(game_id, browser, on_event, stop):
    """Follows /games/N/events; calls on_event(kind, monotonic time) for each event until stop is set."""
    host = urllib.parse.urlparse(BASE)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=600)
    connection.request("GET", f"/games/{game_id}/events",
                       headers={"Accept": "text/event-stream", "Cookie": browser.cookie_header()})
    response = connection.getresponse()
    while not stop.is_set():
        line = response.readline()
        if not line:
            break
        line = line.decode().strip()
        if line.startswith("data:"):
            on_event(line[5:].strip(), time.monotonic())
    connection.close()


def answer_fields(page):
    """The fields of a random answer to the question on the play page."""
    index = re.search(r'name="index" value="(-?\d+)"', page).group(1)
    fields = [("index", index)]
    buttons = re.findall(r'<button type="submit" name="(q\d+)" value="([^"]*)"', page)
    if buttons:
        name, value = random.choice(buttons)
        return int(index), fields + [(name, html_unescape(value))]
    for name in set(re.findall(r'<select id="(q\d+-\d+)"', page)):
        options = re.findall(r'<select id="' + name + r'".*?</select>', page, re.S)[0]
        values = [v for v in re.findall(r'<option(?: value="([^"]*)")?>([^<]*)</option>', options)]
        chosen = [v or text for v, text in values if (v or text) and not text.endswith("…")]
        fields.append((name, html_unescape(random.choice(chosen))))
    for name in re.findall(r'<input type="checkbox" name="(q\d+)" value="([^"]*)"', page)[:2]:
        fields.append((name[0], html_unescape(name[1])))
    for name in re.findall(r'<input id="(q\d+)" name="q\d+" type="text"', page):
        fields.append((name, random.choice(["1900", "1415", "Agincourt", "the river"])))
    return int(index), fields


def html_unescape(text):
    import html
    return html.unescape(text)


class Player(threading.Thread):
    def __init__(self, number, game_id, pin):
        super().__init__(daemon=True)
        self.browser = Browser()
        self.nickname = f"Player {number}"
        self.game_id, self.pin = game_id, pin
        self.accepted = {}      # question index -> True once the server said accepted
        self.repeats = 0        # second posts of an answered question, each must be refused as already answered
        self.result_at = {}     # question index -> monotonic time the player held their result
        self.moved = threading.Condition()
        self.version = 0
        self.errors = []

    def enter(self):
        location = self.browser.post("/play", [("pin", self.pin), ("nickname", self.nickname)])
        assert location.endswith(f"/play/{self.game_id}"), location

    def on_event(self, kind, at):
        if kind == "moved":
            with self.moved:
                self.version += 1
                self.last_moved = at
                self.moved.notify_all()

    def run(self):
        stop = threading.Event()
        threading.Thread(target=events, args=(self.game_id, self.browser, self.on_event, stop), daemon=True).start()
        seen = 0
        try:
            while True:
                with self.moved:
                    self.moved.wait_for(lambda: self.version > seen, timeout=SECONDS * 6)
                    if self.version == seen:
                        raise RuntimeError("no event from the game")
                    seen = self.version
                time.sleep(random.uniform(0, 0.3))  # as the page script spreads a class's reloads
                page = self.browser.get(f"/play/{self.game_id}")
                if "Game over" in page:
                    return
                if "Send my answer" in page or 'class="answer ' in page:
                    self.answer(page)
                elif "points. You are" in page:
                    index = int(re.search(r"Question (\d+) of", page).group(1)) - 1
                    self.result_at[index] = time.monotonic()
        except Exception as e:
            self.errors.append(str(e))
        finally:
            stop.set()

    def answer(self, page):
        time.sleep(random.uniform(0.2, SECONDS - 1.5))
        index, fields = answer_fields(page)
        location = self.browser.post(f"/play/{self.game_id}/answer", fields)
        if location.endswith("notice=accepted"):
            self.accepted[index] = True
        elif not location.endswith("notice=late"):
            self.errors.append(f"question {index}: {location}")
        if random.random() < 0.1:
            again = self.browser.post(f"/play/{self.game_id}/answer", fields)
            self.repeats += 1
            if not again.endswith("notice=already_answered") and not again.endswith("notice=late"):
                self.errors.append(f"repeat of question {index}: {again}")


def recount(game_id):
    """Scores recomputed from the stored answers with the published formula, streaks and all."""
    rows = sql(f"""select a.player_id, a.question_index, a.fraction, a.elapsed_ms, g.seconds_per_question * 1000,
                          g.speed_points from game_answer a join game g on g.id = a.game_id
                   where a.game_id = {game_id} order by a.player_id, a.question_index""")
    answered = {}
    for player, index, fraction, elapsed, limit, speed in rows:
        answered.setdefault(int(player), {})[int(index)] = (float(fraction), int(elapsed), int(limit), speed == "t")
    scores = {}
    for player, answers in answered.items():
        score, streak = 0, 0
        for index in range(QUESTIONS):
            if index not in answers:
                streak = 0
                continue
            fraction, elapsed, limit, speed = answers[index]
            credit = max(0.0, min(1.0, fraction))
            factor = 1 - min(1.0, max(0.0, elapsed / limit)) / 2 if speed else 1
            right = credit >= 1
            score += math.floor(1000 * credit * factor + 0.5) + (min(500, 100 * streak) if right else 0)
            streak = streak + 1 if right else 0
        scores[player] = score
    return scores


def main():
    host = Browser()
    name = f"loadhost{random.randint(0, 10**6)}"
    host.post("/register", [("username", name), ("password", PASSWORD), ("role", "teacher")])
    host.post("/login", [("j_username", name), ("j_password", PASSWORD)])
    playable = {}
    for set_id in dict.fromkeys(re.findall(r'href="/sets/(\d+)"', host.get("/"))):
        playable[set_id] = int(re.search(r"Up to (\d+)", host.get(f"/sets/{set_id}/games/new")).group(1))
    set_id = max(playable, key=playable.get)
    location = host.post(f"/sets/{set_id}/games", [("questions", QUESTIONS), ("seconds", SECONDS), ("speed", "on")])
    game_id = int(re.search(r"/games/(\d+)/host", location).group(1))
    pin = sql(f"select pin from game where id = {game_id}")[0][0]
    questions = int(sql(f"select jsonb_array_length(question_ids) from game where id = {game_id}")[0][0])
    players = [Player(n, game_id, pin) for n in range(1, PLAYERS + 1)]
    started = time.monotonic()
    for player in players:
        player.enter()
    print(f"{PLAYERS} players joined in {time.monotonic() - started:.1f} s; {questions} questions of {SECONDS} s")
    for player in players:
        player.start()
    time.sleep(2)
    closed_at = {}
    host.post(f"/games/{game_id}/start", [])
    for index in range(questions):
        time.sleep(SECONDS - 0.7)
        closed_at[index] = time.monotonic()
        host.post(f"/games/{game_id}/close", [("index", index)])
        time.sleep(2)
        host.post(f"/games/{game_id}/next", [("index", index)])
    for player in players:
        player.join(timeout=60)

    stored = {(int(p), int(i)) for p, i in sql(f"select player_id, question_index from game_answer where game_id = {game_id}")}
    ids = {nick: int(pid) for pid, nick in sql(f"select id, nickname from game_player where game_id = {game_id}")}
    accepted = {(ids[p.nickname], i) for p in players for i in p.accepted}
    lost = len(accepted - stored)
    duplicates = int(sql(f"""select coalesce(sum(n - 1), 0) from (select count(*) n from game_answer
                             where game_id = {game_id} group by player_id, question_index) c""")[0][0])
    board = {int(p): int(s) for p, s in sql(f"select id, score from game_player where game_id = {game_id}")}
    recounted = recount(game_id)
    mismatched = [p for p in board if board[p] != recounted.get(p, 0)]
    delays = [p.result_at[i] - closed_at[i] for p in players for i in p.result_at if i in closed_at]
    errors = [e for p in players for e in p.errors]
    print(f"answers accepted: {len(accepted)}, stored: {len(stored)}, lost: {lost}")
    print(f"repeated posts: {sum(p.repeats for p in players)}, duplicate answers counted: {duplicates}")
    print(f"leaderboard vs independent recount: {len(board) - len(mismatched)} of {len(board)} scores agree"
          + "".join(f"\n  player {p}: board {board[p]}, recount {recounted.get(p, 0)}" for p in mismatched[:5]))
    if delays:
        delays.sort()
        p95 = delays[min(len(delays) - 1, int(0.95 * len(delays)))]
        print(f"close -> result held by the player: median {statistics.median(delays) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms over {len(delays)} results (this machine)")
    print(f"pages answered 503 and loaded again a second later: {Browser.busy}")
    print(f"player errors: {len(errors)}" + ("".join("\n  " + e for e in errors[:10])))
    sys.exit(0 if lost == 0 and duplicates == 0 and not mismatched and not errors else 1)


if __name__ == "__main__":
    main()
