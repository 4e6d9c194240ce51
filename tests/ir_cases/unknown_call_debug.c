double mystery(double);
double uses_mystery(double x) {
    double y = x * x;
    return mystery(y) + y;
}
