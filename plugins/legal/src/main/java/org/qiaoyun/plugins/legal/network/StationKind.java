package org.qiaoyun.plugins.legal.network;

/** A legal service centre (法律服务中心), a station (站) or a point (点) of a federation's network. */
public enum StationKind {
    CENTRE, STATION, POINT
}
