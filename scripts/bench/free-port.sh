# Sourced by the benchmarks: free_port prints a free TCP port below Linux's ephemeral range, where
# an embedded PostgreSQL started meanwhile could not take it first.
free_port() {
  python3 -c 'import random, socket
while True:
    port = random.randint(20000, 32000)
    try:
        socket.socket().bind(("", port)); print(port); break
    except OSError:
        pass'
}
