from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "avail_recv_buf_bytes",
        "avail_send_buf_bytes",
        "bandwidth_mbit",
        "flight_size_pkt",
        "flow_window_pkt",
        "max_bandwidth_mbit",
        "mss_bytes",
        "pkt_recv_avg_belated_time_ms",
        "pkt_send_period_us",
        "recv_ack_pkt",
        "recv_buf_bytes",
        "recv_buf_ms",
        "recv_buf_pkt",
        "recv_bytes",
        "recv_drop_bytes",
        "recv_drop_pkt",
        "recv_km_pkt",
        "recv_loss_bytes",
        "recv_loss_pkt",
        "recv_nak_pkt",
        "recv_pkt",
        "recv_retran_pkts",
        "recv_tsbpd_delay_ms",
        "recv_undecrypt_bytes",
        "recv_undecrypt_pkt",
        "recv_unique_bytes",
        "recv_unique_pkt",
        "reorder_tolerance_pkt",
        "rtt_ms",
        "send_buf_bytes",
        "send_buf_ms",
        "send_buf_pkt",
        "send_drop_bytes",
        "send_drop_pkt",
        "send_duration_us",
        "send_km_pkt",
        "send_loss_pkt",
        "send_tsbpd_delay_ms",
        "sent_ack_pkt",
        "sent_bytes",
        "sent_nak_pkt",
        "sent_pkt",
        "sent_retrans_bytes",
        "sent_retrans_pkt",
        "sent_unique_bytes",
        "sent_unique_pkt",
        "timestamp_ms",
    }
)


@_attrs_define
class SRTStatistics:
    """
    Attributes:
        avail_recv_buf_bytes (int | None): The available space in the receiver's buffer, in bytes
        avail_send_buf_bytes (int | None): The available space in the sender's buffer, in bytes
        bandwidth_mbit (float | None): Estimated bandwidth of the network link, in Mbps
        flight_size_pkt (int | None): The number of packets in flight
        flow_window_pkt (int | None): The maximum number of packets that can be "in flight"
        max_bandwidth_mbit (float | None): Transmission bandwidth limit, in Mbps
        mss_bytes (int | None): Maximum Segment Size (MSS), in bytes
        pkt_recv_avg_belated_time_ms (int | None): Accumulated difference between the current time and the time-to-play
            of a packet that is received late
        pkt_send_period_us (float | None): Current minimum time interval between which consecutive packets are sent, in
            microseconds
        recv_ack_pkt (int | None): The total number of received ACK (Acknowledgement) control packets
        recv_buf_bytes (int | None): Instantaneous (current) value of pktRcvBuf, expressed in bytes, including payload
            and all headers (IP, TCP, SRT)
        recv_buf_ms (int | None): The timespan (msec) of acknowledged packets in the receiver's buffer
        recv_buf_pkt (int | None): The number of acknowledged packets in receiver's buffer
        recv_bytes (int | None): Same as pktRecv, but expressed in bytes, including payload and all the headers (IP,
            TCP, SRT)
        recv_drop_bytes (int | None): Same as pktRcvDrop, but expressed in bytes, including payload and all the headers
            (IP, TCP, SRT)
        recv_drop_pkt (int | None): The total number of dropped by the SRT receiver and, as a result, not delivered to
            the upstream application DATA packets
        recv_km_pkt (int | None): The total number of received KM (Key Material) control packets
        recv_loss_bytes (int | None): Same as pktRcvLoss, but expressed in bytes, including payload and all the headers
            (IP, TCP, SRT), bytes for the presently missing (either reordered or lost) packets' payloads are estimated based
            on the average packet size
        recv_loss_pkt (int | None): The total number of SRT DATA packets detected as presently missing (either reordered
            or lost) at the receiver side
        recv_nak_pkt (int | None): The total number of received NAK (Negative Acknowledgement) control packets
        recv_pkt (int | None): The total number of received DATA packets, including retransmitted packets
        recv_retran_pkts (int | None): The total number of retransmitted packets registered at the receiver side
        recv_tsbpd_delay_ms (int | None): Timestamp-based Packet Delivery Delay value set on the socket via
            SRTO_RCVLATENCY or SRTO_LATENCY
        recv_undecrypt_bytes (int | None): Same as pktRcvUndecrypt, but expressed in bytes, including payload and all
            the headers (IP, TCP, SRT)
        recv_undecrypt_pkt (int | None): The total number of packets that failed to be decrypted at the receiver side
        recv_unique_bytes (int | None): Same as pktRecvUnique, but expressed in bytes, including payload and all the
            headers (IP, TCP, SRT)
        recv_unique_pkt (int | None): The total number of unique original, retransmitted or recovered by the packet
            filter DATA packets received in time, decrypted without errors and, as a result, scheduled for delivery to the
            upstream application by the SRT receiver.
        reorder_tolerance_pkt (int | None): Instant value of the packet reorder tolerance
        rtt_ms (float | None): Smoothed round-trip time (SRTT), an exponentially-weighted moving average (EWMA) of an
            endpoint's RTT samples, in milliseconds
        send_buf_bytes (int | None): Instantaneous (current) value of pktSndBuf, but expressed in bytes, including
            payload and all headers (IP, TCP, SRT)
        send_buf_ms (int | None): The timespan (msec) of packets in the sender's buffer (unacknowledged packets)
        send_buf_pkt (int | None): The number of packets in the sender's buffer that are already scheduled for sending
            or even possibly sent, but not yet acknowledged
        send_drop_bytes (int | None): Same as pktSndDrop, but expressed in bytes, including payload and all the headers
            (IP, TCP, SRT)
        send_drop_pkt (int | None): The total number of dropped by the SRT sender DATA packets that have no chance to be
            delivered in time
        send_duration_us (int | None): The total accumulated time in microseconds, during which the SRT sender has some
            data to transmit, including packets that have been sent, but not yet acknowledged
        send_km_pkt (int | None): The total number of sent KM (Key Material) control packets
        send_loss_pkt (int | None): The total number of data packets considered or reported as lost at the sender side.
            Does not correspond to the packets detected as lost at the receiver side.
        send_tsbpd_delay_ms (int | None): Timestamp-based Packet Delivery Delay value of the peer
        sent_ack_pkt (int | None): The total number of sent ACK (Acknowledgement) control packets
        sent_bytes (int | None): Same as pktSent, but expressed in bytes, including payload and all the headers (IP,
            TCP, SRT)
        sent_nak_pkt (int | None): The total number of sent NAK (Negative Acknowledgement) control packets
        sent_pkt (int | None): The total number of sent DATA packets, including retransmitted packets
        sent_retrans_bytes (int | None): Same as pktRetrans, but expressed in bytes, including payload and all the
            headers (IP, TCP, SRT)
        sent_retrans_pkt (int | None): The total number of retransmitted packets sent by the SRT sender
        sent_unique_bytes (int | None): Same as pktSentUnique, but expressed in bytes, including payload and all the
            headers (IP, TCP, SRT)
        sent_unique_pkt (int | None): The total number of unique DATA packets sent by the SRT sender
        timestamp_ms (int | None): The time elapsed, in milliseconds, since the SRT socket has been created
    """

    avail_recv_buf_bytes: int | None = None
    avail_send_buf_bytes: int | None = None
    bandwidth_mbit: float | None = None
    flight_size_pkt: int | None = None
    flow_window_pkt: int | None = None
    max_bandwidth_mbit: float | None = None
    mss_bytes: int | None = None
    pkt_recv_avg_belated_time_ms: int | None = None
    pkt_send_period_us: float | None = None
    recv_ack_pkt: int | None = None
    recv_buf_bytes: int | None = None
    recv_buf_ms: int | None = None
    recv_buf_pkt: int | None = None
    recv_bytes: int | None = None
    recv_drop_bytes: int | None = None
    recv_drop_pkt: int | None = None
    recv_km_pkt: int | None = None
    recv_loss_bytes: int | None = None
    recv_loss_pkt: int | None = None
    recv_nak_pkt: int | None = None
    recv_pkt: int | None = None
    recv_retran_pkts: int | None = None
    recv_tsbpd_delay_ms: int | None = None
    recv_undecrypt_bytes: int | None = None
    recv_undecrypt_pkt: int | None = None
    recv_unique_bytes: int | None = None
    recv_unique_pkt: int | None = None
    reorder_tolerance_pkt: int | None = None
    rtt_ms: float | None = None
    send_buf_bytes: int | None = None
    send_buf_ms: int | None = None
    send_buf_pkt: int | None = None
    send_drop_bytes: int | None = None
    send_drop_pkt: int | None = None
    send_duration_us: int | None = None
    send_km_pkt: int | None = None
    send_loss_pkt: int | None = None
    send_tsbpd_delay_ms: int | None = None
    sent_ack_pkt: int | None = None
    sent_bytes: int | None = None
    sent_nak_pkt: int | None = None
    sent_pkt: int | None = None
    sent_retrans_bytes: int | None = None
    sent_retrans_pkt: int | None = None
    sent_unique_bytes: int | None = None
    sent_unique_pkt: int | None = None
    timestamp_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        avail_recv_buf_bytes = self.avail_recv_buf_bytes
        if avail_recv_buf_bytes is not None:
            field_dict["avail_recv_buf_bytes"] = avail_recv_buf_bytes
        avail_send_buf_bytes = self.avail_send_buf_bytes
        if avail_send_buf_bytes is not None:
            field_dict["avail_send_buf_bytes"] = avail_send_buf_bytes
        bandwidth_mbit = self.bandwidth_mbit
        if bandwidth_mbit is not None:
            field_dict["bandwidth_mbit"] = bandwidth_mbit
        flight_size_pkt = self.flight_size_pkt
        if flight_size_pkt is not None:
            field_dict["flight_size_pkt"] = flight_size_pkt
        flow_window_pkt = self.flow_window_pkt
        if flow_window_pkt is not None:
            field_dict["flow_window_pkt"] = flow_window_pkt
        max_bandwidth_mbit = self.max_bandwidth_mbit
        if max_bandwidth_mbit is not None:
            field_dict["max_bandwidth_mbit"] = max_bandwidth_mbit
        mss_bytes = self.mss_bytes
        if mss_bytes is not None:
            field_dict["mss_bytes"] = mss_bytes
        pkt_recv_avg_belated_time_ms = self.pkt_recv_avg_belated_time_ms
        if pkt_recv_avg_belated_time_ms is not None:
            field_dict["pkt_recv_avg_belated_time_ms"] = pkt_recv_avg_belated_time_ms
        pkt_send_period_us = self.pkt_send_period_us
        if pkt_send_period_us is not None:
            field_dict["pkt_send_period_us"] = pkt_send_period_us
        recv_ack_pkt = self.recv_ack_pkt
        if recv_ack_pkt is not None:
            field_dict["recv_ack_pkt"] = recv_ack_pkt
        recv_buf_bytes = self.recv_buf_bytes
        if recv_buf_bytes is not None:
            field_dict["recv_buf_bytes"] = recv_buf_bytes
        recv_buf_ms = self.recv_buf_ms
        if recv_buf_ms is not None:
            field_dict["recv_buf_ms"] = recv_buf_ms
        recv_buf_pkt = self.recv_buf_pkt
        if recv_buf_pkt is not None:
            field_dict["recv_buf_pkt"] = recv_buf_pkt
        recv_bytes = self.recv_bytes
        if recv_bytes is not None:
            field_dict["recv_bytes"] = recv_bytes
        recv_drop_bytes = self.recv_drop_bytes
        if recv_drop_bytes is not None:
            field_dict["recv_drop_bytes"] = recv_drop_bytes
        recv_drop_pkt = self.recv_drop_pkt
        if recv_drop_pkt is not None:
            field_dict["recv_drop_pkt"] = recv_drop_pkt
        recv_km_pkt = self.recv_km_pkt
        if recv_km_pkt is not None:
            field_dict["recv_km_pkt"] = recv_km_pkt
        recv_loss_bytes = self.recv_loss_bytes
        if recv_loss_bytes is not None:
            field_dict["recv_loss_bytes"] = recv_loss_bytes
        recv_loss_pkt = self.recv_loss_pkt
        if recv_loss_pkt is not None:
            field_dict["recv_loss_pkt"] = recv_loss_pkt
        recv_nak_pkt = self.recv_nak_pkt
        if recv_nak_pkt is not None:
            field_dict["recv_nak_pkt"] = recv_nak_pkt
        recv_pkt = self.recv_pkt
        if recv_pkt is not None:
            field_dict["recv_pkt"] = recv_pkt
        recv_retran_pkts = self.recv_retran_pkts
        if recv_retran_pkts is not None:
            field_dict["recv_retran_pkts"] = recv_retran_pkts
        recv_tsbpd_delay_ms = self.recv_tsbpd_delay_ms
        if recv_tsbpd_delay_ms is not None:
            field_dict["recv_tsbpd_delay_ms"] = recv_tsbpd_delay_ms
        recv_undecrypt_bytes = self.recv_undecrypt_bytes
        if recv_undecrypt_bytes is not None:
            field_dict["recv_undecrypt_bytes"] = recv_undecrypt_bytes
        recv_undecrypt_pkt = self.recv_undecrypt_pkt
        if recv_undecrypt_pkt is not None:
            field_dict["recv_undecrypt_pkt"] = recv_undecrypt_pkt
        recv_unique_bytes = self.recv_unique_bytes
        if recv_unique_bytes is not None:
            field_dict["recv_unique_bytes"] = recv_unique_bytes
        recv_unique_pkt = self.recv_unique_pkt
        if recv_unique_pkt is not None:
            field_dict["recv_unique_pkt"] = recv_unique_pkt
        reorder_tolerance_pkt = self.reorder_tolerance_pkt
        if reorder_tolerance_pkt is not None:
            field_dict["reorder_tolerance_pkt"] = reorder_tolerance_pkt
        rtt_ms = self.rtt_ms
        if rtt_ms is not None:
            field_dict["rtt_ms"] = rtt_ms
        send_buf_bytes = self.send_buf_bytes
        if send_buf_bytes is not None:
            field_dict["send_buf_bytes"] = send_buf_bytes
        send_buf_ms = self.send_buf_ms
        if send_buf_ms is not None:
            field_dict["send_buf_ms"] = send_buf_ms
        send_buf_pkt = self.send_buf_pkt
        if send_buf_pkt is not None:
            field_dict["send_buf_pkt"] = send_buf_pkt
        send_drop_bytes = self.send_drop_bytes
        if send_drop_bytes is not None:
            field_dict["send_drop_bytes"] = send_drop_bytes
        send_drop_pkt = self.send_drop_pkt
        if send_drop_pkt is not None:
            field_dict["send_drop_pkt"] = send_drop_pkt
        send_duration_us = self.send_duration_us
        if send_duration_us is not None:
            field_dict["send_duration_us"] = send_duration_us
        send_km_pkt = self.send_km_pkt
        if send_km_pkt is not None:
            field_dict["send_km_pkt"] = send_km_pkt
        send_loss_pkt = self.send_loss_pkt
        if send_loss_pkt is not None:
            field_dict["send_loss_pkt"] = send_loss_pkt
        send_tsbpd_delay_ms = self.send_tsbpd_delay_ms
        if send_tsbpd_delay_ms is not None:
            field_dict["send_tsbpd_delay_ms"] = send_tsbpd_delay_ms
        sent_ack_pkt = self.sent_ack_pkt
        if sent_ack_pkt is not None:
            field_dict["sent_ack_pkt"] = sent_ack_pkt
        sent_bytes = self.sent_bytes
        if sent_bytes is not None:
            field_dict["sent_bytes"] = sent_bytes
        sent_nak_pkt = self.sent_nak_pkt
        if sent_nak_pkt is not None:
            field_dict["sent_nak_pkt"] = sent_nak_pkt
        sent_pkt = self.sent_pkt
        if sent_pkt is not None:
            field_dict["sent_pkt"] = sent_pkt
        sent_retrans_bytes = self.sent_retrans_bytes
        if sent_retrans_bytes is not None:
            field_dict["sent_retrans_bytes"] = sent_retrans_bytes
        sent_retrans_pkt = self.sent_retrans_pkt
        if sent_retrans_pkt is not None:
            field_dict["sent_retrans_pkt"] = sent_retrans_pkt
        sent_unique_bytes = self.sent_unique_bytes
        if sent_unique_bytes is not None:
            field_dict["sent_unique_bytes"] = sent_unique_bytes
        sent_unique_pkt = self.sent_unique_pkt
        if sent_unique_pkt is not None:
            field_dict["sent_unique_pkt"] = sent_unique_pkt
        timestamp_ms = self.timestamp_ms
        if timestamp_ms is not None:
            field_dict["timestamp_ms"] = timestamp_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("avail_recv_buf_bytes")
        if value is None:
            if "avail_recv_buf_bytes" in src_dict:
                _types.absent(src_dict, "avail_recv_buf_bytes", False, False, strict, _KNOWN_KEYS)
            model_.avail_recv_buf_bytes = None
        elif value.__class__ is int:
            model_.avail_recv_buf_bytes = value
        else:
            model_.avail_recv_buf_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "avail_recv_buf_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("avail_send_buf_bytes")
        if value is None:
            if "avail_send_buf_bytes" in src_dict:
                _types.absent(src_dict, "avail_send_buf_bytes", False, False, strict, _KNOWN_KEYS)
            model_.avail_send_buf_bytes = None
        elif value.__class__ is int:
            model_.avail_send_buf_bytes = value
        else:
            model_.avail_send_buf_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "avail_send_buf_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("bandwidth_mbit")
        if value is None:
            if "bandwidth_mbit" in src_dict:
                _types.absent(src_dict, "bandwidth_mbit", False, False, strict, _KNOWN_KEYS)
            model_.bandwidth_mbit = None
        elif value.__class__ is float or value.__class__ is int:
            model_.bandwidth_mbit = value
        else:
            model_.bandwidth_mbit = _types.fit(
                _types.NUMBER, src_dict, "bandwidth_mbit", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("flight_size_pkt")
        if value is None:
            if "flight_size_pkt" in src_dict:
                _types.absent(src_dict, "flight_size_pkt", False, False, strict, _KNOWN_KEYS)
            model_.flight_size_pkt = None
        elif value.__class__ is int:
            model_.flight_size_pkt = value
        else:
            model_.flight_size_pkt = _types.fit(
                _types.INTEGER,
                src_dict,
                "flight_size_pkt",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("flow_window_pkt")
        if value is None:
            if "flow_window_pkt" in src_dict:
                _types.absent(src_dict, "flow_window_pkt", False, False, strict, _KNOWN_KEYS)
            model_.flow_window_pkt = None
        elif value.__class__ is int:
            model_.flow_window_pkt = value
        else:
            model_.flow_window_pkt = _types.fit(
                _types.INTEGER,
                src_dict,
                "flow_window_pkt",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_bandwidth_mbit")
        if value is None:
            if "max_bandwidth_mbit" in src_dict:
                _types.absent(src_dict, "max_bandwidth_mbit", False, False, strict, _KNOWN_KEYS)
            model_.max_bandwidth_mbit = None
        elif value.__class__ is float or value.__class__ is int:
            model_.max_bandwidth_mbit = value
        else:
            model_.max_bandwidth_mbit = _types.fit(
                _types.NUMBER,
                src_dict,
                "max_bandwidth_mbit",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("mss_bytes")
        if value is None:
            if "mss_bytes" in src_dict:
                _types.absent(src_dict, "mss_bytes", False, False, strict, _KNOWN_KEYS)
            model_.mss_bytes = None
        elif value.__class__ is int:
            model_.mss_bytes = value
        else:
            model_.mss_bytes = _types.fit(
                _types.INTEGER, src_dict, "mss_bytes", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("pkt_recv_avg_belated_time_ms")
        if value is None:
            if "pkt_recv_avg_belated_time_ms" in src_dict:
                _types.absent(
                    src_dict, "pkt_recv_avg_belated_time_ms", False, False, strict, _KNOWN_KEYS
                )
            model_.pkt_recv_avg_belated_time_ms = None
        elif value.__class__ is int:
            model_.pkt_recv_avg_belated_time_ms = value
        else:
            model_.pkt_recv_avg_belated_time_ms = _types.fit(
                _types.INTEGER,
                src_dict,
                "pkt_recv_avg_belated_time_ms",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("pkt_send_period_us")
        if value is None:
            if "pkt_send_period_us" in src_dict:
                _types.absent(src_dict, "pkt_send_period_us", False, False, strict, _KNOWN_KEYS)
            model_.pkt_send_period_us = None
        elif value.__class__ is float or value.__class__ is int:
            model_.pkt_send_period_us = value
        else:
            model_.pkt_send_period_us = _types.fit(
                _types.NUMBER,
                src_dict,
                "pkt_send_period_us",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_ack_pkt")
        if value is None:
            if "recv_ack_pkt" in src_dict:
                _types.absent(src_dict, "recv_ack_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_ack_pkt = None
        elif value.__class__ is int:
            model_.recv_ack_pkt = value
        else:
            model_.recv_ack_pkt = _types.fit(
                _types.INTEGER, src_dict, "recv_ack_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_buf_bytes")
        if value is None:
            if "recv_buf_bytes" in src_dict:
                _types.absent(src_dict, "recv_buf_bytes", False, False, strict, _KNOWN_KEYS)
            model_.recv_buf_bytes = None
        elif value.__class__ is int:
            model_.recv_buf_bytes = value
        else:
            model_.recv_buf_bytes = _types.fit(
                _types.INTEGER, src_dict, "recv_buf_bytes", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_buf_ms")
        if value is None:
            if "recv_buf_ms" in src_dict:
                _types.absent(src_dict, "recv_buf_ms", False, False, strict, _KNOWN_KEYS)
            model_.recv_buf_ms = None
        elif value.__class__ is int:
            model_.recv_buf_ms = value
        else:
            model_.recv_buf_ms = _types.fit(
                _types.INTEGER, src_dict, "recv_buf_ms", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_buf_pkt")
        if value is None:
            if "recv_buf_pkt" in src_dict:
                _types.absent(src_dict, "recv_buf_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_buf_pkt = None
        elif value.__class__ is int:
            model_.recv_buf_pkt = value
        else:
            model_.recv_buf_pkt = _types.fit(
                _types.INTEGER, src_dict, "recv_buf_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_bytes")
        if value is None:
            if "recv_bytes" in src_dict:
                _types.absent(src_dict, "recv_bytes", False, False, strict, _KNOWN_KEYS)
            model_.recv_bytes = None
        elif value.__class__ is int:
            model_.recv_bytes = value
        else:
            model_.recv_bytes = _types.fit(
                _types.INTEGER, src_dict, "recv_bytes", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_drop_bytes")
        if value is None:
            if "recv_drop_bytes" in src_dict:
                _types.absent(src_dict, "recv_drop_bytes", False, False, strict, _KNOWN_KEYS)
            model_.recv_drop_bytes = None
        elif value.__class__ is int:
            model_.recv_drop_bytes = value
        else:
            model_.recv_drop_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_drop_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_drop_pkt")
        if value is None:
            if "recv_drop_pkt" in src_dict:
                _types.absent(src_dict, "recv_drop_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_drop_pkt = None
        elif value.__class__ is int:
            model_.recv_drop_pkt = value
        else:
            model_.recv_drop_pkt = _types.fit(
                _types.INTEGER, src_dict, "recv_drop_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_km_pkt")
        if value is None:
            if "recv_km_pkt" in src_dict:
                _types.absent(src_dict, "recv_km_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_km_pkt = None
        elif value.__class__ is int:
            model_.recv_km_pkt = value
        else:
            model_.recv_km_pkt = _types.fit(
                _types.INTEGER, src_dict, "recv_km_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_loss_bytes")
        if value is None:
            if "recv_loss_bytes" in src_dict:
                _types.absent(src_dict, "recv_loss_bytes", False, False, strict, _KNOWN_KEYS)
            model_.recv_loss_bytes = None
        elif value.__class__ is int:
            model_.recv_loss_bytes = value
        else:
            model_.recv_loss_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_loss_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_loss_pkt")
        if value is None:
            if "recv_loss_pkt" in src_dict:
                _types.absent(src_dict, "recv_loss_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_loss_pkt = None
        elif value.__class__ is int:
            model_.recv_loss_pkt = value
        else:
            model_.recv_loss_pkt = _types.fit(
                _types.INTEGER, src_dict, "recv_loss_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_nak_pkt")
        if value is None:
            if "recv_nak_pkt" in src_dict:
                _types.absent(src_dict, "recv_nak_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_nak_pkt = None
        elif value.__class__ is int:
            model_.recv_nak_pkt = value
        else:
            model_.recv_nak_pkt = _types.fit(
                _types.INTEGER, src_dict, "recv_nak_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_pkt")
        if value is None:
            if "recv_pkt" in src_dict:
                _types.absent(src_dict, "recv_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_pkt = None
        elif value.__class__ is int:
            model_.recv_pkt = value
        else:
            model_.recv_pkt = _types.fit(
                _types.INTEGER, src_dict, "recv_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("recv_retran_pkts")
        if value is None:
            if "recv_retran_pkts" in src_dict:
                _types.absent(src_dict, "recv_retran_pkts", False, False, strict, _KNOWN_KEYS)
            model_.recv_retran_pkts = None
        elif value.__class__ is int:
            model_.recv_retran_pkts = value
        else:
            model_.recv_retran_pkts = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_retran_pkts",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_tsbpd_delay_ms")
        if value is None:
            if "recv_tsbpd_delay_ms" in src_dict:
                _types.absent(src_dict, "recv_tsbpd_delay_ms", False, False, strict, _KNOWN_KEYS)
            model_.recv_tsbpd_delay_ms = None
        elif value.__class__ is int:
            model_.recv_tsbpd_delay_ms = value
        else:
            model_.recv_tsbpd_delay_ms = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_tsbpd_delay_ms",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_undecrypt_bytes")
        if value is None:
            if "recv_undecrypt_bytes" in src_dict:
                _types.absent(src_dict, "recv_undecrypt_bytes", False, False, strict, _KNOWN_KEYS)
            model_.recv_undecrypt_bytes = None
        elif value.__class__ is int:
            model_.recv_undecrypt_bytes = value
        else:
            model_.recv_undecrypt_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_undecrypt_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_undecrypt_pkt")
        if value is None:
            if "recv_undecrypt_pkt" in src_dict:
                _types.absent(src_dict, "recv_undecrypt_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_undecrypt_pkt = None
        elif value.__class__ is int:
            model_.recv_undecrypt_pkt = value
        else:
            model_.recv_undecrypt_pkt = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_undecrypt_pkt",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_unique_bytes")
        if value is None:
            if "recv_unique_bytes" in src_dict:
                _types.absent(src_dict, "recv_unique_bytes", False, False, strict, _KNOWN_KEYS)
            model_.recv_unique_bytes = None
        elif value.__class__ is int:
            model_.recv_unique_bytes = value
        else:
            model_.recv_unique_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_unique_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("recv_unique_pkt")
        if value is None:
            if "recv_unique_pkt" in src_dict:
                _types.absent(src_dict, "recv_unique_pkt", False, False, strict, _KNOWN_KEYS)
            model_.recv_unique_pkt = None
        elif value.__class__ is int:
            model_.recv_unique_pkt = value
        else:
            model_.recv_unique_pkt = _types.fit(
                _types.INTEGER,
                src_dict,
                "recv_unique_pkt",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("reorder_tolerance_pkt")
        if value is None:
            if "reorder_tolerance_pkt" in src_dict:
                _types.absent(src_dict, "reorder_tolerance_pkt", False, False, strict, _KNOWN_KEYS)
            model_.reorder_tolerance_pkt = None
        elif value.__class__ is int:
            model_.reorder_tolerance_pkt = value
        else:
            model_.reorder_tolerance_pkt = _types.fit(
                _types.INTEGER,
                src_dict,
                "reorder_tolerance_pkt",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("rtt_ms")
        if value is None:
            if "rtt_ms" in src_dict:
                _types.absent(src_dict, "rtt_ms", False, False, strict, _KNOWN_KEYS)
            model_.rtt_ms = None
        elif value.__class__ is float or value.__class__ is int:
            model_.rtt_ms = value
        else:
            model_.rtt_ms = _types.fit(
                _types.NUMBER, src_dict, "rtt_ms", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("send_buf_bytes")
        if value is None:
            if "send_buf_bytes" in src_dict:
                _types.absent(src_dict, "send_buf_bytes", False, False, strict, _KNOWN_KEYS)
            model_.send_buf_bytes = None
        elif value.__class__ is int:
            model_.send_buf_bytes = value
        else:
            model_.send_buf_bytes = _types.fit(
                _types.INTEGER, src_dict, "send_buf_bytes", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("send_buf_ms")
        if value is None:
            if "send_buf_ms" in src_dict:
                _types.absent(src_dict, "send_buf_ms", False, False, strict, _KNOWN_KEYS)
            model_.send_buf_ms = None
        elif value.__class__ is int:
            model_.send_buf_ms = value
        else:
            model_.send_buf_ms = _types.fit(
                _types.INTEGER, src_dict, "send_buf_ms", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("send_buf_pkt")
        if value is None:
            if "send_buf_pkt" in src_dict:
                _types.absent(src_dict, "send_buf_pkt", False, False, strict, _KNOWN_KEYS)
            model_.send_buf_pkt = None
        elif value.__class__ is int:
            model_.send_buf_pkt = value
        else:
            model_.send_buf_pkt = _types.fit(
                _types.INTEGER, src_dict, "send_buf_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("send_drop_bytes")
        if value is None:
            if "send_drop_bytes" in src_dict:
                _types.absent(src_dict, "send_drop_bytes", False, False, strict, _KNOWN_KEYS)
            model_.send_drop_bytes = None
        elif value.__class__ is int:
            model_.send_drop_bytes = value
        else:
            model_.send_drop_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "send_drop_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("send_drop_pkt")
        if value is None:
            if "send_drop_pkt" in src_dict:
                _types.absent(src_dict, "send_drop_pkt", False, False, strict, _KNOWN_KEYS)
            model_.send_drop_pkt = None
        elif value.__class__ is int:
            model_.send_drop_pkt = value
        else:
            model_.send_drop_pkt = _types.fit(
                _types.INTEGER, src_dict, "send_drop_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("send_duration_us")
        if value is None:
            if "send_duration_us" in src_dict:
                _types.absent(src_dict, "send_duration_us", False, False, strict, _KNOWN_KEYS)
            model_.send_duration_us = None
        elif value.__class__ is int:
            model_.send_duration_us = value
        else:
            model_.send_duration_us = _types.fit(
                _types.INTEGER,
                src_dict,
                "send_duration_us",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("send_km_pkt")
        if value is None:
            if "send_km_pkt" in src_dict:
                _types.absent(src_dict, "send_km_pkt", False, False, strict, _KNOWN_KEYS)
            model_.send_km_pkt = None
        elif value.__class__ is int:
            model_.send_km_pkt = value
        else:
            model_.send_km_pkt = _types.fit(
                _types.INTEGER, src_dict, "send_km_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("send_loss_pkt")
        if value is None:
            if "send_loss_pkt" in src_dict:
                _types.absent(src_dict, "send_loss_pkt", False, False, strict, _KNOWN_KEYS)
            model_.send_loss_pkt = None
        elif value.__class__ is int:
            model_.send_loss_pkt = value
        else:
            model_.send_loss_pkt = _types.fit(
                _types.INTEGER, src_dict, "send_loss_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("send_tsbpd_delay_ms")
        if value is None:
            if "send_tsbpd_delay_ms" in src_dict:
                _types.absent(src_dict, "send_tsbpd_delay_ms", False, False, strict, _KNOWN_KEYS)
            model_.send_tsbpd_delay_ms = None
        elif value.__class__ is int:
            model_.send_tsbpd_delay_ms = value
        else:
            model_.send_tsbpd_delay_ms = _types.fit(
                _types.INTEGER,
                src_dict,
                "send_tsbpd_delay_ms",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("sent_ack_pkt")
        if value is None:
            if "sent_ack_pkt" in src_dict:
                _types.absent(src_dict, "sent_ack_pkt", False, False, strict, _KNOWN_KEYS)
            model_.sent_ack_pkt = None
        elif value.__class__ is int:
            model_.sent_ack_pkt = value
        else:
            model_.sent_ack_pkt = _types.fit(
                _types.INTEGER, src_dict, "sent_ack_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sent_bytes")
        if value is None:
            if "sent_bytes" in src_dict:
                _types.absent(src_dict, "sent_bytes", False, False, strict, _KNOWN_KEYS)
            model_.sent_bytes = None
        elif value.__class__ is int:
            model_.sent_bytes = value
        else:
            model_.sent_bytes = _types.fit(
                _types.INTEGER, src_dict, "sent_bytes", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sent_nak_pkt")
        if value is None:
            if "sent_nak_pkt" in src_dict:
                _types.absent(src_dict, "sent_nak_pkt", False, False, strict, _KNOWN_KEYS)
            model_.sent_nak_pkt = None
        elif value.__class__ is int:
            model_.sent_nak_pkt = value
        else:
            model_.sent_nak_pkt = _types.fit(
                _types.INTEGER, src_dict, "sent_nak_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sent_pkt")
        if value is None:
            if "sent_pkt" in src_dict:
                _types.absent(src_dict, "sent_pkt", False, False, strict, _KNOWN_KEYS)
            model_.sent_pkt = None
        elif value.__class__ is int:
            model_.sent_pkt = value
        else:
            model_.sent_pkt = _types.fit(
                _types.INTEGER, src_dict, "sent_pkt", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("sent_retrans_bytes")
        if value is None:
            if "sent_retrans_bytes" in src_dict:
                _types.absent(src_dict, "sent_retrans_bytes", False, False, strict, _KNOWN_KEYS)
            model_.sent_retrans_bytes = None
        elif value.__class__ is int:
            model_.sent_retrans_bytes = value
        else:
            model_.sent_retrans_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "sent_retrans_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("sent_retrans_pkt")
        if value is None:
            if "sent_retrans_pkt" in src_dict:
                _types.absent(src_dict, "sent_retrans_pkt", False, False, strict, _KNOWN_KEYS)
            model_.sent_retrans_pkt = None
        elif value.__class__ is int:
            model_.sent_retrans_pkt = value
        else:
            model_.sent_retrans_pkt = _types.fit(
                _types.INTEGER,
                src_dict,
                "sent_retrans_pkt",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("sent_unique_bytes")
        if value is None:
            if "sent_unique_bytes" in src_dict:
                _types.absent(src_dict, "sent_unique_bytes", False, False, strict, _KNOWN_KEYS)
            model_.sent_unique_bytes = None
        elif value.__class__ is int:
            model_.sent_unique_bytes = value
        else:
            model_.sent_unique_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "sent_unique_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("sent_unique_pkt")
        if value is None:
            if "sent_unique_pkt" in src_dict:
                _types.absent(src_dict, "sent_unique_pkt", False, False, strict, _KNOWN_KEYS)
            model_.sent_unique_pkt = None
        elif value.__class__ is int:
            model_.sent_unique_pkt = value
        else:
            model_.sent_unique_pkt = _types.fit(
                _types.INTEGER,
                src_dict,
                "sent_unique_pkt",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("timestamp_ms")
        if value is None:
            if "timestamp_ms" in src_dict:
                _types.absent(src_dict, "timestamp_ms", False, False, strict, _KNOWN_KEYS)
            model_.timestamp_ms = None
        elif value.__class__ is int:
            model_.timestamp_ms = value
        else:
            model_.timestamp_ms = _types.fit(
                _types.INTEGER, src_dict, "timestamp_ms", value, False, False, strict, _KNOWN_KEYS
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
        return model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
